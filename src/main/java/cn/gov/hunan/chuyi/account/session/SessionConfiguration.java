package cn.gov.hunan.chuyi.account.session;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The shared session store in front of Spring Session JDBC (see {@link SessionStore}). */
@Configuration
class SessionConfiguration {

    /** Session accesses recorded to the minute, not on every request (see SessionStore). */
    @Bean
    static BeanPostProcessor sessionStore() {
        return SessionStore.installer();
    }

    /** One read of the session per request (see SessionStore). */
    @Bean
    FilterRegistrationBean<SessionStore.RequestScope> sessionReadOncePerRequest() {
        var registration = new FilterRegistrationBean<>(new SessionStore.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Concurrent requests of one session write its attributes as upserts (see SessionAttributeUpsert). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
        return SessionAttributeUpsert.forDatabaseOf(dataSource);
    }
}
