package cn.gov.hunan.chuyi.notification;

import java.time.Clock;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends and reads in-app notifications. */
@Service
@Transactional(readOnly = true)
public class NotificationCenter {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationCenter(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public long unreadCount(long userId) {
        return notifications.countUnread(userId);
    }

    public Page<NotificationView> of(long userId, Pageable pageable) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, pageable).map(Notification::toView);
    }

    @Transactional
    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }

    @Transactional
    void send(Collection<Long> userIds, String messageKey, String link, String... arguments) {
        String joined = String.join("\u001f", arguments);
        for (Long userId : userIds) {
            notifications.save(new Notification(userId, messageKey, joined, link, clock.instant()));
        }
    }
}
