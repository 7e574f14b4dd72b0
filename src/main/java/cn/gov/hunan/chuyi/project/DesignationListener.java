package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.selection.NominationDesignated;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each designated nomination into a designated project. Runs in the transaction that closes the
 * round, so a round is never closed without its projects, nor a project created for a round that failed
 * to close.
 */
@Component
class DesignationListener {

    private final DesignatedProjectRepository projects;
    private final ProjectChangeRepository changes;
    private final Clock clock;

    DesignationListener(DesignatedProjectRepository projects, ProjectChangeRepository changes, Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    void on(NominationDesignated designated) {
        var project = projects.save(new DesignatedProject(
                designated.programCode(),
                designated.organizationId(),
                designated.title(),
                designated.year(),
                designated.tier(),
                designated.nominationId()));
        changes.save(new ProjectChange(
                project.id(),
                null,
                project.status().name(),
                "system",
                HistoryReason.key("project.history.designated"),
                clock.instant()));
    }
}
