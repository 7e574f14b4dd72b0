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
        long version,
        String unitZh,
        String unitEn,
        String leadDepartment,
        String leadDepartmentEn,
        Integer horizonYear,
        Integer perOrganizationLimit) {

    public String name(Locale locale) {
        return Program.localised(locale, nameZh, nameEn);
    }

    public String summary(Locale locale) {
        return Program.localised(locale, summaryZh, summaryEn);
    }

    /** What the target counts, in the reader's language (所, 个专业群, 人 …). */
    public String unit(Locale locale) {
        return Program.localised(locale, unitZh, unitEn);
    }

    /** The department that runs the programme, in the reader's language. */
    public String leadDepartment(Locale locale) {
        return Program.localised(locale, leadDepartment, leadDepartmentEn);
    }

    /** Whether the programme recognises people (spirit inheritors) rather than designating projects. */
    public boolean ofPeople() {
        return nominee == Nominee.PERSON;
    }

    /** Whether the department designates without a selection (e.g. the think-tank). */
    public boolean forDesignated() {
        return nominee == Nominee.DESIGNATED;
    }

    /** Whether the programme lets one organisation hold more than one designation. */
    public boolean allowsSeveralPerOrganization() {
        return perOrganizationLimit == null || perOrganizationLimit > 1;
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
