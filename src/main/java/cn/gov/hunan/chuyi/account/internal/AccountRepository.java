package cn.gov.hunan.chuyi.account.internal;

import cn.gov.hunan.chuyi.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** By id, with the ids as one array (a plan Hibernate keeps, unlike {@code findAllById}'s): {@code ArrayHas}. */
    @Query("select a from Account a where array_has(:ids, a.id)")
    List<Account> findAllByIds(@Param("ids") Long[] ids);

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select distinct a from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
    List<Account> findEnabledWithRole(Role role);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean anyWithRole(@Param("role") Role role);

    @Query("""
            select a from Account a
            where (:q is null or a.username like concat('%', cast(:q as string), '%')
                   or a.displayName like concat('%', cast(:q as string), '%'))
            """)
    Page<Account> search(@Param("q") String q, Pageable pageable);

    /** Id and address of the accounts among {@code ids} that have an address (one statement; no roles loaded). */
    @Query("select a.id, a.email from Account a where a.id in :ids and a.email is not null")
    List<Object[]> findEmails(@Param("ids") Collection<Long> ids);

    /** User name and display name of the accounts among {@code usernames} (one statement; no roles loaded). */
    @Query("select a.username, a.displayName from Account a where a.username in :usernames")
    List<Object[]> findDisplayNames(@Param("usernames") Collection<String> usernames);
}
