package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.shared.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The list of the year's adjustments (动态调整名单) is public, read-only and without internal reasons. */
@Configuration(proxyBeanMethods = false)
class PublicAdjustmentPages {

    @Bean
    PublicPages publicAdjustments() {
        return PublicPages.get("/adjustments");
    }
}
