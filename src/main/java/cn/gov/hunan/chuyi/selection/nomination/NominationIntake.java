package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Starting a nomination when the same form arrives twice at once (a double click, a browser retrying): both requests
 * pass the "already there?" check, the database's one-per-organisation constraint lets one insert through, and the
 * other — its transaction rolled back — asks once more and finds the first one, so both land on the same draft.
 */
@Component
class NominationIntake {

    private final NominationService nominations;

    NominationIntake(NominationService nominations) {
        this.nominations = nominations;
    }

    long start(long roundId, String title, NominationContent content, PortalUser school) {
        try {
            return nominations.create(roundId, title, content, school);
        } catch (DataIntegrityViolationException raced) {
            return nominations.create(roundId, title, content, school);
        }
    }
}
