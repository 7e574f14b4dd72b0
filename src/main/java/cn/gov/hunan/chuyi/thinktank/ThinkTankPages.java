package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.shared.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The think tank's activities are announced to the public. */
@Configuration(proxyBeanMethods = false)
class ThinkTankPages {

    @Bean
    PublicPages publicActivities() {
        return PublicPages.get("/think-tank", "/think-tank/*");
    }
}
