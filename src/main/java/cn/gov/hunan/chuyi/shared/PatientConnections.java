package cn.gov.hunan.chuyi.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Puts {@link PatientDataSource} in front of the application's connection pool. */
@Configuration(proxyBeanMethods = false)
class PatientConnections {

    static final String BUSY_WAIT = "chuyi.datasource.busy-wait";

    /**
     * Boot's database health check ({@code db}, part of readiness) on the pool itself: a busy pool answers it within
     * the pool's time-out, as before, instead of holding the probe for the whole busy wait.
     */
    @Bean("dbHealthContributor")
    DataSourceHealthIndicator dbHealthContributor(DataSource dataSource) {
        return new DataSourceHealthIndicator(PatientDataSource.withoutPatience(dataSource));
    }

    @Bean
    static BeanPostProcessor patientDataSource(Environment environment) {
        Duration busyWait =
                Binder.get(environment).bind(BUSY_WAIT, Duration.class).orElse(Duration.ofSeconds(25));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof HikariDataSource pool && !busyWait.isZero()
                        ? new PatientDataSource(pool, busyWait)
                        : bean;
            }
        };
    }
}
