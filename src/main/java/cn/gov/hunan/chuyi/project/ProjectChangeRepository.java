package cn.gov.hunan.chuyi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectChangeRepository extends JpaRepository<ProjectChange, Long> {

    List<ProjectChange> findByProjectIdOrderByChangedAtDescIdDesc(long projectId);
}
