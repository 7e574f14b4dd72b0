package cn.gov.hunan.chuyi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The 楚怡 programme portal of the Hunan provincial education department. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ChuyiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChuyiApplication.class, args);
    }
}
