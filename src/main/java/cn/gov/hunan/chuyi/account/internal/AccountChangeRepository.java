package cn.gov.hunan.chuyi.account.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountChangeRepository extends JpaRepository<AccountChange, Long> {

    @Query("select c from AccountChange c where c.userId = :userId order by c.changedAt desc, c.id desc")
    List<AccountChange> history(long userId);
}
