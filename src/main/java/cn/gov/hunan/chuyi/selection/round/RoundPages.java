package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.selection.deadline.DeadlineLinks;
import cn.gov.hunan.chuyi.selection.nomination.NominationService;
import cn.gov.hunan.chuyi.selection.publicity.ObjectionService;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the rounds pages together for one viewer (each part read through its own access check). */
@Service
@Transactional(readOnly = true)
public class RoundPages {

    private final RoundService rounds;
    private final NominationService nominations;
    private final ObjectionService objections;
    private final ProgramCatalogue programs;
    private final ReminderLedger reminders;

    RoundPages(
            RoundService rounds,
            NominationService nominations,
            ObjectionService objections,
            ProgramCatalogue programs,
            ReminderLedger reminders) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.programs = programs;
        this.reminders = reminders;
    }

    public RoundPage detail(long id, PortalUser viewer) {
        var round = rounds.get(id, viewer);
        return RoundPage.of(
                round,
                programs.get(round.programCode()),
                rounds.history(id, viewer),
                rounds.nominationCounts(id),
                objections.closing(round),
                objections.objections(id, viewer),
                reminders.countsFor(DeadlineLinks.ofRound(id)).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                viewer.has(Role.PROVINCE_ADMIN) && RoundPage.blindSettingOpen(round.status()) && rounds.scored(id),
                viewer);
    }

    public RoundList list(String programCode, RoundStatus status, Integer year, Pageable pageable, PortalUser viewer) {
        return new RoundList(
                rounds.search(programCode, status, year, pageable, viewer),
                programs.all(),
                viewer.has(Role.SCHOOL_ADMIN) ? nominations.openRoundsFor(viewer) : List.of(),
                viewer.has(Role.PROVINCE_ADMIN));
    }
}
