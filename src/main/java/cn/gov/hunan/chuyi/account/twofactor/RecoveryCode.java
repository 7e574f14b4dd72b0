package cn.gov.hunan.chuyi.account.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time recovery code for a lost authenticator, kept as its SHA-256 (the codes are random, 50 bits). */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    String codeHash() {
        return codeHash;
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant at) {
        this.usedAt = at;
    }
}
