package cn.gov.hunan.chuyi.thinktank;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findTop100ByHeldOnGreaterThanEqualOrderByHeldOnAscIdAsc(LocalDate from);

    Page<Activity> findByHeldOnLessThanOrderByHeldOnDescIdDesc(LocalDate before, Pageable pageable);
}
