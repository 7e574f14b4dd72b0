package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The targets an annual report is filed against: a project's approved task book (建设任务书) fixes each indicator's
 * target for each year, and the report takes them from it instead of letting the school type them. Declared here and
 * implemented by the task book ({@code project.taskbook}), so that reports need not know how task books are kept.
 */
public interface ReportTargets {

    /** The targets of the project's current approved task book for the year; empty when it has none. */
    Optional<Targets> targets(long projectId, int year);

    /** The year's target per indicator id, and the task book version they come from. */
    record Targets(int taskBookVersion, Map<Long, BigDecimal> values) {

        public Targets {
            values = Map.copyOf(values);
        }
    }
}
