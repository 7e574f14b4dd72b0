package cn.gov.hunan.chuyi.supervision.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InspectedProjectRepository extends JpaRepository<InspectedProject, InspectedProject.Key> {

    List<InspectedProject> findByTaskIdOrderByProjectId(long taskId);

    @Modifying
    @Query("delete from InspectedProject p where p.taskId = :taskId")
    void deleteByTask(@Param("taskId") long taskId);
}
