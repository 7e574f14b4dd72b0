package cn.gov.hunan.chuyi.organization;

import java.time.LocalDateTime;

/** A line of an organisation's administration history (省属 and 主管部门), time in Asia/Shanghai. */
public record AdministrationChange(
        boolean fromProvinceRun,
        boolean toProvinceRun,
        String fromAuthority,
        String toAuthority,
        String actor,
        String reason,
        LocalDateTime at) {}
