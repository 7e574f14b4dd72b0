package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.shared.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A 公示 is addressed to the public: the notices, and objections with their look-up, need no account (CSRF applies). */
@Configuration(proxyBeanMethods = false)
class PublicityPages {

    @Bean
    PublicPages publicNotices() {
        return PublicPages.get(
                "/publicity",
                "/publicity/*",
                "/publicity/*/print",
                "/publicity/*/list.xlsx",
                "/publicity/*/notice.pdf");
    }

    @Bean
    PublicPages objectionForms() {
        return PublicPages.post("/publicity/*/objections", "/publicity/lookup");
    }
}
