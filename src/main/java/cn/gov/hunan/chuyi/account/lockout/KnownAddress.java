package cn.gov.hunan.chuyi.account.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address an account has completed a sign-in from (with every factor it needed), and when it last did. */
@Entity
@Table(name = "known_sign_in_address")
class KnownAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "client_ip")
    private String clientIp;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected KnownAddress() {}
}
