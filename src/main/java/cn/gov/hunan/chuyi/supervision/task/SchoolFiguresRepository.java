package cn.gov.hunan.chuyi.supervision.task;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolFiguresRepository extends JpaRepository<SchoolFigures, SchoolFigures.Key> {

    List<SchoolFigures> findByKeyTaskId(long taskId);

    List<SchoolFigures> findByKeyOrganizationIdAndKeyTaskIdIn(long organizationId, Collection<Long> taskIds);
}
