package cn.gov.hunan.chuyi.selection.expert;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {}
