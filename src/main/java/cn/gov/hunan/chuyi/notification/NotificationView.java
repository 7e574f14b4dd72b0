package cn.gov.hunan.chuyi.notification;

import java.time.LocalDateTime;

/** A notification as the list shows it. */
public record NotificationView(long id, String messageKey, String[] arguments, String link, LocalDateTime at, boolean read) {}
