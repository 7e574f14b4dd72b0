package cn.gov.hunan.chuyi.group;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GroupRepository extends JpaRepository<VocationalGroup, Long> {

    @Query("""
            select g from VocationalGroup g
            where (:name is null or lower(g.name) like lower(concat('%', cast(:name as string), '%')))
            """)
    Page<VocationalGroup> search(@Param("name") String name, Pageable pageable);

    boolean existsByName(String name);

    List<VocationalGroup> findByIdIn(Collection<Long> ids);
}
