package cn.gov.hunan.chuyi.supervision.opinion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionItemRepository extends JpaRepository<OpinionItem, Long> {

    List<OpinionItem> findByOpinionIdOrderBySortOrder(long opinionId);
}
