package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.ProjectLife;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dynamic adjustment (动态调整): the department moves a project's tier up or down, places one that had none, or
 * decides the exit of a project whose warning was not rectified, naming the meeting that decided it and a reason.
 * The tier or the state changes through the project's tables; the adjustment is kept for the history, the project's
 * timeline, the public list of the year (without the reason) and the dashboard's counts.
 */
@Service
@Transactional(readOnly = true)
public class AdjustmentService {

    private final ProjectService projects;
    private final ProjectLife life;
    private final AdjustmentRepository adjustments;
    private final Clock clock;

    AdjustmentService(ProjectService projects, ProjectLife life, AdjustmentRepository adjustments, Clock clock) {
        this.projects = projects;
        this.life = life;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    /** What the adjustment form posts. */
    public record AdjustmentForm(String kind, String meetingName, LocalDate meetingDate, String reason) {}

    /** An adjustment as the public list shows it: no internal reason, no names of staff. */
    public record PublicAdjustment(
            long projectId,
            String programCode,
            String title,
            String organizationName,
            AdjustmentKind kind,
            String fromTier,
            String toTier,
            String meetingName,
            LocalDate meetingDate) {}

    /** Records an adjustment of a project the admin may see, once confirmed (it cannot be undone). */
    @Transactional
    public long adjust(long projectId, AdjustmentForm form, long expectedVersion, boolean confirmed, PortalUser admin) {
        var project = projects.get(projectId, admin);
        AdjustmentKind kind = parse(form.kind());
        if (Text.isBlank(form.meetingName())) {
            throw new AdjustmentRejected("adjustment.error.meeting").at("meetingName");
        }
        if (form.meetingDate() == null) {
            throw new AdjustmentRejected("adjustment.error.meetingDate").at("meetingDate");
        }
        if (Text.isBlank(form.reason())) {
            throw new AdjustmentRejected("adjustment.error.reason").at("reason");
        }
        ConfirmationRequired.unless(confirmed, "adjustment.confirm." + kind, project.title());
        String meeting = form.meetingName().strip();
        String fromTier = project.tier();
        String toTier = fromTier;
        if (kind == AdjustmentKind.EXIT) {
            life.exit(projectId, form.reason(), expectedVersion, admin);
        } else {
            toTier = life.moveTier(projectId, kind.tierMove(), meeting, expectedVersion, admin)
                    .to()
                    .column();
        }
        return adjustments
                .save(new ProjectAdjustment(
                        projectId,
                        kind,
                        fromTier,
                        toTier,
                        meeting,
                        form.meetingDate(),
                        form.reason().strip(),
                        admin.getUsername(),
                        clock.instant()))
                .toView()
                .id();
    }

    /** A project's adjustments, newest first (one statement). */
    public List<AdjustmentView> of(long projectId) {
        return adjustments.findByProjectIdOrderByMeetingDateDescIdDesc(projectId).stream()
                .map(ProjectAdjustment::toView)
                .toList();
    }

    /** The adjustments decided by meetings of the year, for everyone (three statements whatever the rows). */
    public List<PublicAdjustment> publicList(int year) {
        var found = adjustments.findByMeetingDateBetweenOrderByMeetingDateAscIdAsc(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var names = life.names(found.stream().map(ProjectAdjustment::projectId).toList());
        return found.stream()
                .map(ProjectAdjustment::toView)
                .map(a -> {
                    var n = names.get(a.projectId());
                    return new PublicAdjustment(
                            a.projectId(),
                            n.programCode(),
                            n.title(),
                            n.organizationName(),
                            a.kind(),
                            a.fromTier(),
                            a.toTier(),
                            a.meetingName(),
                            a.meetingDate());
                })
                .toList();
    }

    /** How many adjustments of each kind meetings of the year decided (one statement; every kind present). */
    public Map<AdjustmentKind, Long> counts(int year) {
        Map<AdjustmentKind, Long> counts = new EnumMap<>(AdjustmentKind.class);
        for (AdjustmentKind kind : AdjustmentKind.values()) {
            counts.put(kind, 0L);
        }
        adjustments
                .countByKind(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(c -> counts.put(c.getKind(), c.getAdjustments()));
        return counts;
    }

    /** Raised, lowered and exited per year of the meeting, newest year first (one statement). */
    public List<AdjustmentYear> byYear() {
        Map<Integer, AdjustmentYear> years = new TreeMap<>(Comparator.reverseOrder());
        for (var count : adjustments.countByYearAndKind()) {
            years.merge(
                    count.getYear(),
                    new AdjustmentYear(count.getYear(), 0, 0, 0).add(count.getKind(), count.getAdjustments()),
                    (was, more) -> new AdjustmentYear(
                            was.year(),
                            was.raised() + more.raised(),
                            was.lowered() + more.lowered(),
                            was.exited() + more.exited()));
        }
        return List.copyOf(years.values());
    }

    private static AdjustmentKind parse(String kind) {
        try {
            return AdjustmentKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new AdjustmentRejected("adjustment.error.kind").at("kind");
        }
    }
}
