package cn.gov.hunan.chuyi.project.taskbook;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskBookHistoryRepository extends JpaRepository<TaskBookHistory, Long> {}
