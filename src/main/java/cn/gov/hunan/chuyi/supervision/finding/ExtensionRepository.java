package cn.gov.hunan.chuyi.supervision.finding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRepository extends JpaRepository<Extension, Long> {

    List<Extension> findByFindingIdOrderByIdDesc(long findingId);

    Optional<Extension> findFirstByFindingIdAndStatus(long findingId, ExtensionStatus status);
}
