package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme catalogue (项目目录): read by everyone, targets changed by province staff. */
@Service
@Transactional(readOnly = true)
public class ProgramCatalogue {

    private final ProgramRepository programs;
    private final TargetChangeRepository targetChanges;
    private final ProgramDesignations designations;
    private final List<RecognisedPeople> people;
    private final Clock clock;

    ProgramCatalogue(
            ProgramRepository programs,
            TargetChangeRepository targetChanges,
            ProgramDesignations designations,
            List<RecognisedPeople> people,
            Clock clock) {
        this.programs = programs;
        this.targetChanges = targetChanges;
        this.designations = designations;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A programme's page: the programme, its designated projects, its target's history, and what the viewer may
     * change (the department: the target and, on the project module's page, the report indicators).
     */
    public record ProgramPage(
            ProgramSummary program,
            List<ProgramDesignations.ProgramProject> projects,
            List<TargetChangeRow> history,
            boolean mayChangeTarget,
            boolean mayEditIndicators) {}

    public ProgramPage page(String code, PortalUser viewer) {
        boolean department = viewer.has(Role.PROVINCE_ADMIN);
        return new ProgramPage(get(code), projectsOf(code), targetHistory(code), department, department);
    }

    /** Every programme in the plan's order, with its progress. */
    public List<ProgramSummary> all() {
        Map<String, Long> counts = counts();
        return programs.findAllByOrderBySortOrder().stream()
                .map(p -> p.toSummary(counts.getOrDefault(p.code(), 0L)))
                .toList();
    }

    public ProgramSummary get(String code) {
        Program program = load(code);
        return program.toSummary(counts().getOrDefault(program.code(), 0L));
    }

    /**
     * Designations of the programme the organisation holds now: its counting projects, or for a programme of
     * people, its recognised people.
     */
    public long heldBy(String code, long organizationId) {
        return peopleOf(code)
                .map(p -> p.recognisedFrom(organizationId))
                .orElseGet(() -> designations.heldBy(code, organizationId));
    }

    /**
     * How many more designations of the programme the organisation may receive: the programme's limit per
     * organisation less what it holds, never below zero; null when the programme sets no such limit (the target
     * still bounds the total).
     */
    public Long designationsLeft(String code, long organizationId) {
        Integer limit = load(code).perOrganizationLimit();
        return limit == null ? null : Math.max(0, limit - heldBy(code, organizationId));
    }

    /** The programme's Chinese name, without counting its designations (for matching text, not for pages). */
    public String nameZh(String code) {
        return load(code).toSummary(0).nameZh();
    }

    public List<ProgramDesignations.ProgramProject> projectsOf(String code) {
        return designations.projectsOf(load(code).code());
    }

    /** Whether the organisation already holds a counting designation in the programme. */
    public boolean isDesignated(String code, long organizationId) {
        return heldBy(code, organizationId) > 0;
    }

    /** The last 50 target changes of a programme, newest first. */
    public List<TargetChangeRow> targetHistory(String code) {
        return targetChanges
                .findTop50ByProgramCodeOrderByChangedAtDescIdDesc(load(code).code())
                .stream()
                .map(TargetChange::toRow)
                .toList();
    }

    /**
     * Changes a programme's target and records who did it and why.
     *
     * @param expectedVersion the version the user saw; a change made meanwhile by someone else wins
     * @throws TargetChangeRejected when a rule forbids the change
     * @throws OptimisticLockException when the programme changed since the user loaded it
     */
    @Transactional
    public void changeTarget(String code, Integer newTarget, String reason, long expectedVersion, String actor) {
        Program program = load(code);
        Versions.expect(program.version(), expectedVersion, "program " + code);
        long designated = counts().getOrDefault(code, 0L);
        targetChanges.save(program.changeTarget(newTarget, designated, reason, actor, clock.instant()));
    }

    /** Counting projects per programme; for a programme of people, its recognised people instead. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(designations.designatedCounts());
        people.forEach(p -> counts.put(p.programCode(), p.recognised()));
        return counts;
    }

    private Optional<RecognisedPeople> peopleOf(String code) {
        return people.stream().filter(p -> p.programCode().equals(code)).findFirst();
    }

    private Program load(String code) {
        return programs.findById(code).orElseThrow(() -> new NotFoundException("program", code));
    }
}
