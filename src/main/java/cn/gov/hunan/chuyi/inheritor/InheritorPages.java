package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.shared.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recognised spirit inheritors are a public list. */
@Configuration(proxyBeanMethods = false)
class InheritorPages {

    @Bean
    PublicPages publicInheritors() {
        return PublicPages.get("/inheritors");
    }
}
