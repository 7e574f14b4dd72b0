package cn.gov.hunan.chuyi.project.taskbook;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestFileRepository extends JpaRepository<ChangeRequestFile, Long> {

    List<ChangeRequestFile> findByRequestIdInOrderById(Collection<Long> requestIds);
}
