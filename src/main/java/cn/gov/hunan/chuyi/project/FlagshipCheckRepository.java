package cn.gov.hunan.chuyi.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlagshipCheckRepository extends JpaRepository<FlagshipCheck, Long> {

    Optional<FlagshipCheck> findByCityCodeAndItem(String cityCode, FlagshipCheck.Item item);
}
