package cn.gov.hunan.chuyi.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityPolicyRepository extends JpaRepository<SecurityPolicy, Integer> {}
