package cn.gov.hunan.chuyi.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The module's settings: {@code chuyi.mail.*} and {@code chuyi.reminders.*} (docs/configuration.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, ReminderSettings.class})
class NotificationConfiguration {}
