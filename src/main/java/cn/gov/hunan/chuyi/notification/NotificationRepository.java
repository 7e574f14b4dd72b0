package cn.gov.hunan.chuyi.notification;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select count(n) from Notification n where n.userId = :user and n.readAt is null")
    long countUnread(@Param("user") long user);

    Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :user and n.readAt is null")
    int markAllRead(@Param("user") long user, @Param("at") Instant at);
}
