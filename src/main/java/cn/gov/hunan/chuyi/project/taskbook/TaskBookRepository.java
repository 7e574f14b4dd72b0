package cn.gov.hunan.chuyi.project.taskbook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskBookRepository extends JpaRepository<TaskBook, Long> {

    List<TaskBook> findByProjectIdOrderByVersionNoDesc(long projectId);

    /** The current task book: the latest approved version. */
    Optional<TaskBook> findFirstByProjectIdAndStatusOrderByVersionNoDesc(long projectId, TaskBookStatus status);

    /** The approved versions with their targets, in one statement (the export). */
    @Query("select distinct b from TaskBook b left join fetch b.targets where b.status = :status"
            + " order by b.projectId, b.versionNo desc")
    List<TaskBook> findWithTargetsByStatus(@Param("status") TaskBookStatus status);
}
