package cn.gov.hunan.chuyi.program;

import java.util.List;
import java.util.Map;

/**
 * What the catalogue needs to know of the register of designated projects. Implemented by the project
 * module, so that the dependency points from the register to the catalogue and not back.
 */
public interface ProgramDesignations {

    /** Projects that count toward their programme's target (not revoked, not failed), by programme code. */
    Map<String, Long> designatedCounts();

    /** Designations of the programme the organisation holds that still count (not revoked, not failed). */
    long heldBy(String programCode, long organizationId);

    /** Whether the organisation holds at least one designation of the programme that still counts. */
    default boolean isDesignated(String programCode, long organizationId) {
        return heldBy(programCode, organizationId) > 0;
    }

    /** The projects of one programme, newest first. */
    List<ProgramProject> projectsOf(String programCode);

    /** A line of a programme's project list. */
    record ProgramProject(
            long id,
            String title,
            long organizationId,
            String organizationName,
            int year,
            String status,
            String tier,
            boolean demo) {}
}
