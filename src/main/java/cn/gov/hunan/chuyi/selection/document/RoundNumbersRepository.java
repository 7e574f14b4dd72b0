package cn.gov.hunan.chuyi.selection.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundNumbersRepository extends JpaRepository<RoundNumbers, Long> {}
