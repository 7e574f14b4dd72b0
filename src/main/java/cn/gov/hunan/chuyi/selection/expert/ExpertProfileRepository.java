package cn.gov.hunan.chuyi.selection.expert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

    /** By user id, with the ids as one array (a plan Hibernate keeps, unlike {@code findAllById}'s): {@code ArrayHas}. */
    @Query("select p from ExpertProfile p where array_has(:ids, p.userId)")
    List<ExpertProfile> findAllByIds(@Param("ids") Long[] ids);
}
