package cn.gov.hunan.chuyi.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends and reads in-app notifications; a notice also goes to the outbox for those who chose e-mail for its kind. */
@Service
@Transactional(readOnly = true)
public class NotificationCenter {

    /** Between the arguments in the {@code arguments} column; never typed. */
    static final String SEPARATOR = "\u001f";

    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final NoticeText text;
    private final Clock clock;

    NotificationCenter(NotificationRepository notifications, MailOutbox outbox, NoticeText text, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.text = text;
        this.clock = clock;
    }

    public long unreadCount(long userId) {
        return notifications.countUnread(userId);
    }

    public Page<NotificationView> of(long userId, Pageable pageable, Locale locale) {
        return notifications
                .findByUserIdOrderByCreatedAtDescIdDesc(userId, pageable)
                .map(n -> n.toView(text, locale));
    }

    @Transactional
    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }

    /**
     * Delivers a notice in the caller's transaction: a notification per user, and an outbox row per user who chose
     * e-mail for its kind. Nothing here talks to a mail server, so a change is never held up or undone by one.
     */
    @Transactional
    void send(Collection<Long> userIds, String messageKey, String link, List<String> arguments) {
        if (userIds.isEmpty()) {
            return;
        }
        String joined = String.join(SEPARATOR, arguments);
        if (joined.length() > 1000) {
            joined = joined.substring(0, 1000); // the column's size; the mail below has the whole text
        }
        Instant now = clock.instant();
        for (Long userId : userIds) {
            notifications.save(new Notification(userId, messageKey, joined, link, now));
        }
        outbox.enqueue(userIds, messageKey, link, arguments);
    }

    @Transactional
    void send(Collection<Long> userIds, String messageKey, String link, String... arguments) {
        send(userIds, messageKey, link, List.of(arguments));
    }
}
