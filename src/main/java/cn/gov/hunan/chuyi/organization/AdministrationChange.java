package cn.gov.hunan.chuyi.organization;

import java.time.LocalDateTime;

/** A line (the reason typed, or a message key with its arguments when the portal gave it: an import) of an organisation's administration history (省属 and 主管部门), time in Asia/Shanghai. */
public record AdministrationChange(
        boolean fromProvinceRun,
        boolean toProvinceRun,
        String fromAuthority,
        String toAuthority,
        String actor,
        String reason,
        String reasonKey,
        Object[] reasonArguments,
        LocalDateTime at) {}
