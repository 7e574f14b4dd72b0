package cn.gov.hunan.chuyi.selection;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {}
