package cn.gov.hunan.chuyi.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {}
