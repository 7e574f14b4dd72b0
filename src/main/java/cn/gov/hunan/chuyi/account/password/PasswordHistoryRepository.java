package cn.gov.hunan.chuyi.account.password;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

    @Query("select p from PasswordHistoryEntry p where p.userId = :userId order by p.changedAt desc, p.id desc")
    List<PasswordHistoryEntry> latest(long userId, Pageable pageable);
}
