package cn.gov.hunan.chuyi.api;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyChangeRepository extends JpaRepository<ApiKeyChange, Long> {

    List<ApiKeyChange> findAllByOrderByChangedAtDescIdDesc(Pageable pageable);
}
