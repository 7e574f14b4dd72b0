package cn.gov.hunan.chuyi.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    // checkstyle: fqn-needed in the next 2 lines
    @Query("select m from OutboxMail m where m.status = cn.gov.hunan.chuyi.notification.OutboxMail.Status.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<OutboxMail> due(@Param("now") Instant now, Pageable batch);

    // checkstyle: fqn-needed in the next 2 lines
    @Query(
            "select distinct m.userId from OutboxMail m where m.status = cn.gov.hunan.chuyi.notification.OutboxMail.Status.DIGEST"
                    + " and m.createdAt < :before")
    List<Long> usersWithDigest(@Param("before") Instant before);

    // checkstyle: fqn-needed in the next 2 lines
    @Query("select m from OutboxMail m where m.status = cn.gov.hunan.chuyi.notification.OutboxMail.Status.DIGEST"
            + " and m.userId = :user and m.createdAt < :before order by m.createdAt, m.id")
    List<OutboxMail> digestOf(@Param("user") long user, @Param("before") Instant before);
}
