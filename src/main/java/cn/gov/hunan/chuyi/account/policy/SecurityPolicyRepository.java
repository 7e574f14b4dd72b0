package cn.gov.hunan.chuyi.account.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityPolicyRepository extends JpaRepository<SecurityPolicy, Integer> {}
