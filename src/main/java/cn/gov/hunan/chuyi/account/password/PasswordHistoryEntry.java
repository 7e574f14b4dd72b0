package cn.gov.hunan.chuyi.account.password;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password a user had, kept as its hash so that it is not chosen again too soon. */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected PasswordHistoryEntry() {}

    PasswordHistoryEntry(long userId, String passwordHash, Instant changedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    String passwordHash() {
        return passwordHash;
    }
}
