package cn.gov.hunan.chuyi.supervision.task;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskRepository extends JpaRepository<InspectionTask, Long> {

    List<InspectionTask> findByPlanIdOrderByCityCode(long planId);

    List<InspectionTask> findByPlanIdIn(Collection<Long> planIds);

    List<InspectionTask> findByCityCodeOrderByPlanIdDesc(String cityCode);

    List<InspectionTask> findByOrganizationIdOrderByPlanIdDesc(long organizationId);

    @Query("""
            select distinct t from InspectionTask t left join t.memberIds m
            where t.leadId = :inspector or m = :inspector order by t.planId desc, t.cityCode
            """)
    List<InspectionTask> findForInspector(@Param("inspector") long inspector);
}
