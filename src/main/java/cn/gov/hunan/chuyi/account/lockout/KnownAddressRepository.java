package cn.gov.hunan.chuyi.account.lockout;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KnownAddressRepository extends JpaRepository<KnownAddress, Long> {

    @Query(
            "select count(k) > 0 from KnownAddress k where k.userId = :userId and k.clientIp = :ip and k.lastSeenAt > :since")
    boolean seenSince(@Param("userId") long userId, @Param("ip") String ip, @Param("since") Instant since);

    @Modifying
    @Query("update KnownAddress k set k.lastSeenAt = :at where k.userId = :userId and k.clientIp = :ip")
    int touch(@Param("userId") long userId, @Param("ip") String ip, @Param("at") Instant at);

    /** Two sign-ins from one address at once must not fail on the unique key: the second insert does nothing. */
    @Modifying
    @Query(
            value = "insert into known_sign_in_address (user_id, client_ip, last_seen_at) values (:userId, :ip, :at) "
                    + "on conflict do nothing",
            nativeQuery = true)
    int add(@Param("userId") long userId, @Param("ip") String ip, @Param("at") Instant at);
}
