package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.shared.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The issued bulletins are public: the list and each year's document and its PDF, read-only. */
@Configuration(proxyBeanMethods = false)
class BulletinPages {

    @Bean
    PublicPages publicBulletins() {
        return PublicPages.get("/supervision/bulletins", "/supervision/bulletins/*", "/supervision/bulletins/*.pdf");
    }
}
