package cn.gov.hunan.chuyi.account.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed sign-in: the name typed (whether it exists or not) and the client's address. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "client_ip")
    private String clientIp;

    @Column(name = "failed_at")
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(String username, String clientIp, Instant failedAt) {
        this.username = username;
        this.clientIp = clientIp;
        this.failedAt = failedAt;
    }
}
