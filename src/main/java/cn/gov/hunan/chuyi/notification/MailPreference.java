package cn.gov.hunan.chuyi.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A user's choices for notices: the language of their mails, and per kind the channel. Kinds without a row are in the
 * portal only. The address is the account's ({@code AccountDirectory.emailsOf}); without one, nothing goes by mail. The rules of a valid choice are {@link PreferenceRules}'.
 */
@Entity
@Table(name = "notification_preference")
class MailPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    private String language;

    @Version
    private Long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_channel", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    private Map<NoticeKind, NoticeChannel> channels = new HashMap<>();

    protected MailPreference() {}

    MailPreference(long userId) {
        this.userId = userId;
    }

    /** Takes choices {@link PreferenceRules#check} accepted. */
    void change(PreferenceRules.Checked choice, Instant at) {
        this.language = choice.language();
        this.channels.clear();
        choice.channels().forEach((kind, channel) -> {
            if (channel != NoticeChannel.IN_APP) {
                this.channels.put(kind, channel);
            }
        });
        this.updatedAt = at;
    }

    long userId() {
        return userId;
    }

    String language() {
        return language;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    long version() {
        return version == null ? 0 : version;
    }

    NoticeChannel channel(NoticeKind kind) {
        return channels.getOrDefault(kind, NoticeChannel.IN_APP);
    }

    Map<NoticeKind, NoticeChannel> channels() {
        Map<NoticeKind, NoticeChannel> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, channels.getOrDefault(kind, NoticeChannel.IN_APP));
        }
        return all;
    }
}
