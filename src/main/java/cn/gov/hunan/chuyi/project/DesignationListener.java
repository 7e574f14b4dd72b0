package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.selection.NominationDesignated;
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

    DesignationListener(DesignatedProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    void on(NominationDesignated designated) {
        projects.save(new DesignatedProject(designated.programCode(), designated.organizationId(), designated.title(),
                designated.year(), designated.tier(), designated.nominationId()));
    }
}
