package cn.gov.hunan.chuyi.inheritor;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InheritorRepository extends JpaRepository<Inheritor, Long> {

    long countByStatus(InheritorStatus status);

    long countByOrganizationIdAndStatus(long organizationId, InheritorStatus status);

    @Query("""
            select i from Inheritor i
            where i.status = :status and (:year is null or i.recognisedYear = :year)
            """)
    Page<Inheritor> recognised(@Param("status") InheritorStatus status, @Param("year") Integer year, Pageable pageable);

    @Query("""
            select i from Inheritor i
            where (:status is null or i.status = :status)
              and (:allOrganizations = true or i.organizationId in :organizations)
            """)
    Page<Inheritor> search(
            @Param("status") InheritorStatus status,
            @Param("allOrganizations") boolean allOrganizations,
            @Param("organizations") Collection<Long> organizations,
            Pageable pageable);
}
