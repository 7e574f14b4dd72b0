package cn.gov.hunan.chuyi.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final Duration unreadFreshFor;
    /** The unread counts this instance counted lately, per user (the count is on every page's bar). */
    private final Map<Long, Unread> unread = new ConcurrentHashMap<>();

    private record Unread(long count, Instant countedAt) {}

    /** More users counted than this within the freshness: the cache starts afresh rather than growing. */
    private static final int MAX_KEPT = 20_000;

    NotificationCenter(
            NotificationRepository notifications,
            MailOutbox outbox,
            NoticeText text,
            Clock clock,
            @Value("${chuyi.notification.unread-fresh-for:PT10S}") Duration unreadFreshFor) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.text = text;
        this.clock = clock;
        this.unreadFreshFor = unreadFreshFor;
    }

    /**
     * The user's unread notifications, shown on every page: counted at most once per {@code
     * chuyi.notification.unread-fresh-for} (10 s) per user, and again at once after this instance delivered them a
     * notice or they read theirs. A notice sent through another instance shows within those seconds. No transaction
     * of its own: a kept count touches no connection, and a new one is a single statement.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long unreadCount(long userId) {
        if (unreadFreshFor.isZero()) {
            return notifications.countUnread(userId);
        }
        Instant now = clock.instant();
        Unread kept = unread.get(userId);
        if (kept != null && kept.countedAt().plus(unreadFreshFor).isAfter(now)) {
            return kept.count();
        }
        long count = notifications.countUnread(userId);
        if (unread.size() >= MAX_KEPT) {
            unread.clear();
        }
        unread.put(userId, new Unread(count, now));
        return count;
    }

    /** Forgets the kept counts of these users once the change is committed (at once outside a transaction). */
    private void recount(Collection<Long> userIds) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    userIds.forEach(unread::remove);
                }
            });
        }
        userIds.forEach(unread::remove);
    }

    public Page<NotificationView> of(long userId, Pageable pageable, Locale locale) {
        return notifications
                .findByUserIdOrderByCreatedAtDescIdDesc(userId, pageable)
                .map(n -> n.toView(text, locale));
    }

    @Transactional
    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
        recount(List.of(userId));
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
        recount(List.copyOf(userIds));
    }

    @Transactional
    void send(Collection<Long> userIds, String messageKey, String link, String... arguments) {
        send(userIds, messageKey, link, List.of(arguments));
    }
}
