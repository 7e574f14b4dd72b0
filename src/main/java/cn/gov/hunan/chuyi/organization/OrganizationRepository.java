package cn.gov.hunan.chuyi.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** By id, with the ids as one array (a plan Hibernate keeps, unlike {@code findAllById}'s): {@code ArrayHas}. */
    @Query("select o from Organization o where array_has(:ids, o.id)")
    List<Organization> findAllByIds(@Param("ids") Long[] ids);

    @Query("select o.id from Organization o where o.cityCode = :city")
    List<Long> findIdsByCityCode(@Param("city") String city);

    boolean existsByName(String name);

    List<Organization> findByCreditCodeIn(Collection<String> creditCodes);

    List<Organization> findByCityCodeOrderByName(String cityCode);

    List<Organization> findByNameIn(Collection<String> names);

    List<Organization> findByKindAndPrivatelyRunFalseOrderByName(OrganizationKind kind);

    // Each filter is optional; the name search is a case-insensitive "contains" (the directory holds a few
    // thousand rows at most, so a sequential scan of names is cheap; city and kind use indexes).
    @Query("""
            select o from Organization o
            where (:city is null or o.cityCode = :city)
              and (:county is null or o.countyCode = :county)
              and (:kind is null or o.kind = :kind)
              and (:name is null or lower(o.name) like lower(concat('%', cast(:name as string), '%')))
            """)
    Page<Organization> search(
            @Param("city") String city,
            @Param("county") String county,
            @Param("kind") OrganizationKind kind,
            @Param("name") String name,
            Pageable pageable);
}
