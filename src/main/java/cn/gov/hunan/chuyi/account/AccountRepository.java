package cn.gov.hunan.chuyi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("select distinct a from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
    List<Account> findEnabledWithRole(Role role);
}
