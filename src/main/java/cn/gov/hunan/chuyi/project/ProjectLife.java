package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a project's life that its sub-packages decide (evaluations with warning and exit, dynamic adjustment
 * of the tier): each goes through the project's tables ({@link ProjectMove}, {@link TierMove}), checks the version
 * the form was read at, and writes the project's history. The callers check the viewer's right to the project.
 */
@Service
@Transactional
public class ProjectLife {

    private final DesignatedProjectRepository projects;
    private final ProjectChangeRepository changes;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    ProjectLife(
            DesignatedProjectRepository projects,
            ProjectChangeRepository changes,
            OrganizationDirectory organizations,
            Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** What a public list names of a project: its title, programme and organisation. */
    public record Named(long id, String programCode, String title, String organizationName) {}

    /** A project's state before and after a move. */
    public record Transition(ProjectStatus from, ProjectStatus to) {}

    /** A project's tier before and after an adjustment. */
    public record TierChange(Tier from, Tier to) {}

    /** A project on warning and the date it should have rectified by. */
    public record Warning(long projectId, long organizationId, String title, LocalDate rectifyBy) {}

    /**
     * Records an evaluation through {@code move} (the grade decided which); the conclusion is the history's reason.
     * A failed mid-term needs the date to rectify by.
     */
    public Transition evaluate(
            long id,
            ProjectMove move,
            String conclusion,
            LocalDate date,
            LocalDate rectifyBy,
            long expectedVersion,
            PortalUser admin) {
        DesignatedProject p = load(id);
        Versions.expect(p.version(), expectedVersion, "project");
        ProjectStatus from = p.evaluate(move, Acting.as(admin, move), null, conclusion, date, rectifyBy);
        changes.save(new ProjectChange(
                id, from.name(), p.status().name(), admin.getUsername(), conclusion.strip(), clock.instant()));
        return new Transition(from, p.status());
    }

    /** The department's exit decision (退出) on an unrectified warning; the slot is free again. */
    public Transition exit(long id, String reason, long expectedVersion, PortalUser admin) {
        DesignatedProject p = load(id);
        Versions.expect(p.version(), expectedVersion, "project");
        ProjectStatus from = p.exit(Acting.as(admin, ProjectMove.EXIT), reason);
        changes.save(new ProjectChange(
                id, from.name(), p.status().name(), admin.getUsername(), reason.strip(), clock.instant()));
        return new Transition(from, p.status());
    }

    /** Moves the tier (动态调整); the history says which meeting decided it. */
    public TierChange moveTier(long id, TierMove move, String meeting, long expectedVersion, PortalUser admin) {
        DesignatedProject p = load(id);
        Versions.expect(p.version(), expectedVersion, "project");
        Tier from = p.moveTier(move, Acting.as(admin, move));
        String state = p.status().name();
        changes.save(new ProjectChange(
                id,
                state,
                state,
                admin.getUsername(),
                HistoryReason.key(
                        "evaluation.history.tier",
                        from == Tier.UNSET ? "—" : from.name(),
                        move.to().name(),
                        meeting),
                clock.instant()));
        return new TierChange(from, move.to());
    }

    /** The date a project on warning rectifies by, or null. */
    @Transactional(readOnly = true)
    public LocalDate rectifyBy(long id) {
        return load(id).rectifyBy();
    }

    /** The projects on warning, by the date they rectify by (one statement, indexed by status and date). */
    @Transactional(readOnly = true)
    public List<Warning> warnings() {
        return projects.findByStatusOrderByRectifyByAscIdAsc(ProjectStatus.ON_WARNING).stream()
                .map(p -> new Warning(p.id(), p.organizationId(), p.title(), p.rectifyBy()))
                .toList();
    }

    /** The public names of projects (two statements whatever their number). */
    @Transactional(readOnly = true)
    public Map<Long, Named> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = projects.findAllById(ids);
        var owners = organizations.findAll(
                found.stream().map(DesignatedProject::organizationId).collect(Collectors.toSet()));
        return found.stream()
                .map(p -> new Named(
                        p.id(),
                        p.programCode(),
                        p.title(),
                        owners.get(p.organizationId()).name()))
                .collect(Collectors.toMap(Named::id, Function.identity()));
    }

    private DesignatedProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
    }
}
