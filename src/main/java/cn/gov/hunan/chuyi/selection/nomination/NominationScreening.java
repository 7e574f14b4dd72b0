package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps after filing: the city's recommendation or return (推荐、退回) and the department's eligibility check (形式审查). */
@Service
@Transactional(readOnly = true)
public class NominationScreening {

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final NominationService reading;
    private final SelectionHistory history;
    private final SelectionAccess access;
    private final Clock clock;

    NominationScreening(
            NominationRepository nominations,
            RoundRepository rounds,
            NominationService reading,
            SelectionHistory history,
            SelectionAccess access,
            Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.reading = reading;
        this.history = history;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void recommend(long id, PortalUser city) {
        Nomination n = ownCity(id, city);
        Round round = rounds.findById(n.roundId()).orElseThrow();
        if (!CityLimit.allowsAnother(
                round.cityLimit(), nominations.countInCity(round.id(), n.cityCode(), CityLimit.COUNTED))) {
            throw new NominationRejected("selection.nomination.error.cityLimit", round.cityLimit());
        }
        NominationStatus from = n.move(NominationMove.RECOMMEND, Role.CITY_OFFICER);
        history.nomination(n, from, city.getUsername(), HistoryReason.none());
    }

    @Transactional
    public void returnToSchool(long id, String reason, PortalUser city) {
        requireReason(reason);
        Nomination n = ownCity(id, city);
        NominationStatus from = n.move(NominationMove.RETURN_TO_SCHOOL, Role.CITY_OFFICER);
        history.nomination(n, from, city.getUsername(), reason);
    }

    // ---- the department ----

    @Transactional
    public void judgeEligibility(long id, boolean eligible, String reason, PortalUser admin) {
        Nomination n = reading.load(id, admin);
        Round round = rounds.findById(n.roundId()).orElseThrow();
        if (!round.status().acceptsEligibilityChecks()) {
            throw new NominationRejected("selection.nomination.error.notNow");
        }
        if (!eligible) {
            requireReason(reason);
        }
        var move = eligible ? NominationMove.MARK_ELIGIBLE : NominationMove.MARK_INELIGIBLE;
        NominationStatus from = n.move(move, Role.PROVINCE_ADMIN);
        history.nomination(n, from, admin.getUsername(), reason);
    }

    private Nomination ownCity(long id, PortalUser city) {
        Nomination n = reading.load(id, city);
        if (!access.isOwnCity(city, n)) {
            throw new NotFoundException("nomination", id);
        }
        Round round = rounds.findById(n.roundId()).orElseThrow();
        if (!round.acceptsCityActions(clock.instant())) {
            throw new NominationRejected("selection.nomination.error.cityDeadline");
        }
        return n;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new NominationRejected("selection.error.reasonRequired");
        }
    }
}
