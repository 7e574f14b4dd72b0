package cn.gov.hunan.chuyi.account.twofactor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByUserIdAndUsedAtIsNull(long userId);

    @Modifying
    @Query("delete from RecoveryCode r where r.userId = :userId")
    void deleteAllOf(long userId);
}
