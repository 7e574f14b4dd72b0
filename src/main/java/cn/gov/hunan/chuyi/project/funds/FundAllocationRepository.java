package cn.gov.hunan.chuyi.project.funds;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundAllocationRepository extends JpaRepository<FundAllocation, Long> {

    List<FundAllocation> findByProjectIdOrderByYearDescSourceAscIdAsc(long projectId);
}
