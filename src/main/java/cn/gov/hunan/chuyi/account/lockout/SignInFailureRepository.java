package cn.gov.hunan.chuyi.account.lockout;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    @Query("select count(f) from SignInFailure f where f.username = :username and f.failedAt > :since")
    long countForUser(@Param("username") String username, @Param("since") Instant since);

    @Query("select max(f.failedAt) from SignInFailure f where f.username = :username")
    Instant lastForUser(@Param("username") String username);

    @Query(
            "select count(f) from SignInFailure f where f.username = :username and f.clientIp = :ip and f.failedAt > :since")
    long countForUserAtAddress(
            @Param("username") String username, @Param("ip") String ip, @Param("since") Instant since);

    @Query("select max(f.failedAt) from SignInFailure f where f.username = :username and f.clientIp = :ip")
    Instant lastForUserAtAddress(@Param("username") String username, @Param("ip") String ip);

    @Query("select count(f) from SignInFailure f where f.clientIp = :ip and f.failedAt > :since")
    long countForAddress(@Param("ip") String ip, @Param("since") Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    int purgeBefore(@Param("before") Instant before);
}
