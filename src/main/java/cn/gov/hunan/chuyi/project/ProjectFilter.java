package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the register (/projects, its print and its Excel export) is filtered by; every value optional.
 *
 * @param program a programme code
 * @param status a project state (预警 is {@link ProjectStatus#ON_WARNING})
 * @param year the designation year
 * @param rateBelow only projects with money allocated whose execution rate is below that many per cent
 * @param tier A档, B档, or {@link Tier#UNSET} for the projects without a tier
 * @param overdue only running projects with an annual report owed and past its due date (as /projects/reports)
 */
public record ProjectFilter(
        String program, ProjectStatus status, Integer year, BigDecimal rateBelow, Tier tier, boolean overdue) {

    public ProjectFilter {
        program = program == null || program.isBlank() ? null : program.strip();
    }

    /** Every project the viewer sees. */
    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, false);
    }

    /** The filter of the older pages: programme, state and year. */
    public static ProjectFilter of(String program, ProjectStatus status, Integer year) {
        return new ProjectFilter(program, status, year, null, null, false);
    }

    /** The tiers the filter offers, in order: A, B, none. */
    public static List<Tier> tiers() {
        return List.of(Tier.A, Tier.B, Tier.UNSET);
    }

    /** Whether the tier filter asks for projects without a tier. */
    boolean untiered() {
        return tier == Tier.UNSET;
    }

    /** The tier column asked for, or null when any tier (or none) is asked. */
    String tierColumn() {
        return tier == null ? null : tier.column();
    }
}
