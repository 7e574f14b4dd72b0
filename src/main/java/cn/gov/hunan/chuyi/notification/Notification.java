package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One notification for one user. The text is a message key with arguments, rendered in the reader's language. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "message_key")
    private String messageKey;

    private String arguments;

    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(long userId, String messageKey, String arguments, String link, Instant at) {
        this.userId = userId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = at;
    }

    NotificationView toView(NoticeText text, Locale locale) {
        return new NotificationView(
                id, text.render(messageKey, arguments(), locale), link, PortalTime.local(createdAt), readAt != null);
    }

    /** The message's arguments: the subject, then the details ({@link NotificationCenter#SEPARATOR} between them). */
    List<String> arguments() {
        return arguments == null ? List.of() : List.of(arguments.split(NotificationCenter.SEPARATOR, -1));
    }
}
