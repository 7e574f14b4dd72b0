package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme catalogue (项目目录): read by everyone, targets changed by province staff. */
@Service
@Transactional(readOnly = true)
public class ProgramCatalogue {

    private final ProgramRepository programs;
    private final TargetChangeRepository targetChanges;
    private final ProgramDesignations designations;
    private final Clock clock;

    ProgramCatalogue(
            ProgramRepository programs,
            TargetChangeRepository targetChanges,
            ProgramDesignations designations,
            Clock clock) {
        this.programs = programs;
        this.targetChanges = targetChanges;
        this.designations = designations;
        this.clock = clock;
    }

    /** Every programme in the plan's order, with its progress. */
    public List<ProgramSummary> all() {
        Map<String, Long> counts = designations.designatedCounts();
        return programs.findAllByOrderBySortOrder().stream()
                .map(p -> p.toSummary(counts.getOrDefault(p.code(), 0L)))
                .toList();
    }

    public ProgramSummary get(String code) {
        Program program = load(code);
        return program.toSummary(designations.designatedCounts().getOrDefault(program.code(), 0L));
    }

    public List<ProgramDesignations.ProgramProject> projectsOf(String code) {
        return designations.projectsOf(load(code).code());
    }

    /** Whether the organisation already holds a counting designation in the programme. */
    public boolean isDesignated(String code, long organizationId) {
        return designations.isDesignated(code, organizationId);
    }

    /** The last 50 target changes of a programme, newest first. */
    public List<TargetChangeRow> targetHistory(String code) {
        return targetChanges.findTop50ByProgramCodeOrderByChangedAtDescIdDesc(load(code).code()).stream()
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
        if (program.version() != expectedVersion) {
            throw new OptimisticLockException("program " + code + " changed meanwhile");
        }
        long designated = designations.designatedCounts().getOrDefault(code, 0L);
        targetChanges.save(program.changeTarget(newTarget, designated, reason, actor, clock.instant()));
    }

    private Program load(String code) {
        return programs.findById(code).orElseThrow(() -> new NotFoundException("program", code));
    }
}
