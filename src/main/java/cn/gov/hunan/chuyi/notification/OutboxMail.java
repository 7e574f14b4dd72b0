package cn.gov.hunan.chuyi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail in the outbox ({@code notification_mail}), written in the transaction of the change it tells of. A single
 * mail is PENDING until sent (SENT) or given up (FAILED); a notice for a digest waits as DIGEST (subject: its
 * sentence, body: its address) until the daily job bundles it (BUNDLED) into one PENDING mail.
 */
@Entity
@Table(name = "notification_mail")
class OutboxMail {

    enum Status {
        PENDING,
        SENT,
        FAILED,
        DIGEST,
        BUNDLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    private String address;

    private String language;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "bundle_id")
    private Long bundleId;

    protected OutboxMail() {}

    private OutboxMail(
            long userId, String address, String language, String subject, String body, Status status, Instant at) {
        this.userId = userId;
        this.address = address;
        this.language = language;
        this.subject = cut(subject, 300);
        this.body = cut(body, 8000);
        this.status = status;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    static OutboxMail single(long userId, String address, String language, String subject, String body, Instant at) {
        return new OutboxMail(userId, address, language, subject, body, Status.PENDING, at);
    }

    static OutboxMail forDigest(long userId, String address, String language, String sentence, String url, Instant at) {
        return new OutboxMail(userId, address, language, sentence, url, Status.DIGEST, at);
    }

    void sent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** Records a failed attempt: tried again after the settings' back-off, or given up after their bound. */
    void failed(Instant at, String error, MailSettings settings) {
        attempts++;
        lastError = cut(error == null ? "unknown" : error, 500);
        if (settings.givesUpAfter(attempts)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(settings.retryAfter(attempts));
        }
    }

    void bundledInto(long mailId) {
        status = Status.BUNDLED;
        bundleId = mailId;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String address() {
        return address;
    }

    String language() {
        return language;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
