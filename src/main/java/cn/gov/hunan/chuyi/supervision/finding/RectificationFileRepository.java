package cn.gov.hunan.chuyi.supervision.finding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationFileRepository extends JpaRepository<RectificationFile, Long> {

    List<RectificationFile> findByOwnerTypeAndOwnerIdInOrderById(String ownerType, Collection<Long> ownerIds);
}
