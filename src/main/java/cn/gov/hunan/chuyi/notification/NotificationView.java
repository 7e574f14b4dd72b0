package cn.gov.hunan.chuyi.notification;

import java.time.LocalDateTime;

/** A notification as the list shows it: its sentence already in the reader's language. */
public record NotificationView(long id, String text, String link, LocalDateTime at, boolean read) {}
