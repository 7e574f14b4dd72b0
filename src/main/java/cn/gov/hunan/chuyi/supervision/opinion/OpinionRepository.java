package cn.gov.hunan.chuyi.supervision.opinion;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionRepository extends JpaRepository<Opinion, Long> {

    Optional<Opinion> findByTaskId(long taskId);

    boolean existsByDocumentNumber(String documentNumber);
}
