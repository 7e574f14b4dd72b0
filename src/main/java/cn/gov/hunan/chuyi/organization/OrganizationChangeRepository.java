package cn.gov.hunan.chuyi.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationChangeRepository extends JpaRepository<OrganizationChange, Long> {

    @Query(
            "select c from OrganizationChange c where c.organizationId = :organizationId order by c.changedAt desc, c.id desc")
    List<OrganizationChange> history(long organizationId);
}
