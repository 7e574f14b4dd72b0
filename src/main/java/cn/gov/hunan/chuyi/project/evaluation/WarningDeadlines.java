package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.project.ProjectLife;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings' deadlines, for the reminder job: the school of a project on warning (预警) is chased before the date
 * it rectifies by; once that date has passed, the department is chased to decide — a new evaluation or the exit —
 * within {@link #DECISION_DAYS} days (nothing exits a project by itself). Both stay open while the project is on
 * warning. Two or three statements whatever the number of projects.
 */
@Component
@Transactional(readOnly = true)
class WarningDeadlines implements DeadlineSource {

    static final String RECTIFY = "evaluation.deadline.rectify";
    static final String DECIDE = "evaluation.deadline.decide";

    /** Days the department has, after the date to rectify by, to decide on the warning. */
    static final int DECISION_DAYS = 30;

    private final ProjectLife life;
    private final AccountDirectory accounts;

    WarningDeadlines(ProjectLife life, AccountDirectory accounts) {
        this.life = life;
        this.accounts = accounts;
    }

    static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(PortalTime.ZONE).toInstant();
    }

    @Override
    public List<Deadline> openDeadlines(Instant from, Instant to) {
        var warnings =
                life.warnings().stream().filter(w -> w.rectifyBy() != null).toList();
        if (warnings.isEmpty()) {
            return List.of();
        }
        List<Deadline> deadlines = new ArrayList<>();
        Map<Long, List<Long>> schoolAdmins = null;
        List<Long> department = null;
        for (var w : warnings) {
            String link = "/projects/" + w.projectId();
            Instant rectify = endOf(w.rectifyBy());
            if (!rectify.isBefore(from) && rectify.isBefore(to)) {
                if (schoolAdmins == null) {
                    schoolAdmins = accounts.withRole(Role.SCHOOL_ADMIN).stream()
                            .filter(u -> u.organizationId() != null)
                            .collect(Collectors.groupingBy(
                                    UserSummary::organizationId,
                                    Collectors.mapping(UserSummary::id, Collectors.toList())));
                }
                deadlines.add(Deadline.open(
                        RECTIFY, link, w.title(), rectify, schoolAdmins.getOrDefault(w.organizationId(), List.of())));
            }
            Instant decide = endOf(w.rectifyBy().plusDays(DECISION_DAYS));
            if (!decide.isBefore(from) && decide.isBefore(to)) {
                if (department == null) {
                    department = accounts.withRole(Role.PROVINCE_ADMIN).stream()
                            .map(UserSummary::id)
                            .toList();
                }
                deadlines.add(Deadline.open(DECIDE, link, w.title(), decide, department));
            }
        }
        return deadlines;
    }
}
