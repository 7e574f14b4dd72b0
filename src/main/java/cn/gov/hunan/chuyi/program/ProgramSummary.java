package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import java.util.Locale;
import java.util.Set;

/**
 * A programme with its progress: designated projects against the target. {@code leadDepartment} is the
 * department that runs it and signs its notices (湖南省教育厅, or 湖南省人力资源和社会保障厅 for technician schools).
 */
public record ProgramSummary(
        String code,
        String nameZh,
        String nameEn,
        String planClause,
        String summaryZh,
        String summaryEn,
        Integer target,
        long designated,
        Nominee nominee,
        boolean onePerCity,
        Set<OrganizationKind> applicantKinds,
        String leadDepartment,
        long version) {

    public String name(Locale locale) {
        return Program.localised(locale, nameZh, nameEn);
    }

    public String summary(Locale locale) {
        return Program.localised(locale, summaryZh, summaryEn);
    }

    /** Per cent of the target reached, 0–100; null when the target is open. */
    public Integer percent() {
        if (target == null) {
            return null;
        }
        if (target == 0) {
            return 100;
        }
        return (int) Math.min(100, designated * 100 / target);
    }

    /** Slots still free under the target; null when the target is open. */
    public Long remaining() {
        return target == null ? null : Math.max(0, target - designated);
    }
}
