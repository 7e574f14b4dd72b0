package cn.gov.hunan.chuyi.selection.history;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.NominationStatusChanged;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records every state change with who, when and why, and tells the other modules about it. */
@Component
public class SelectionHistory {

    private final StateChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelectionHistory(StateChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** A round's move with the reason its user typed (null: none). */
    public void round(Round round, RoundStatus from, String actor, String reason) {
        round(round, from, actor, HistoryReason.typed(reason));
    }

    /** A round's move with its reason: typed, or given by the portal as a message key. */
    public void round(Round round, RoundStatus from, String actor, HistoryReason reason) {
        changes.save(new StateChange(
                StateChange.Subject.ROUND,
                round.id(),
                from == null ? null : from.name(),
                round.status().name(),
                actor,
                reason,
                clock.instant()));
    }

    /** A nomination's move with the reason its user typed (null: none). */
    public void nomination(Nomination nomination, NominationStatus from, String actor, String reason) {
        nomination(nomination, from, actor, HistoryReason.typed(reason));
    }

    /** A nomination's move with its reason: typed, or given by the portal as a message key. */
    public void nomination(Nomination nomination, NominationStatus from, String actor, HistoryReason reason) {
        changes.save(new StateChange(
                StateChange.Subject.NOMINATION,
                nomination.id(),
                from == null ? null : from.name(),
                nomination.status().name(),
                actor,
                reason,
                clock.instant()));
        events.publishEvent(new NominationStatusChanged(
                nomination.id(),
                nomination.organizationId(),
                nomination.cityCode(),
                nomination.title(),
                from,
                nomination.status(),
                reason.typed()));
    }

    /**
     * A line in a nomination's history that is no move (its state stays as it is: shown once), such as a document
     * kept with it; no status event is published.
     */
    public void nominationNote(Nomination nomination, String actor, HistoryReason reason) {
        String state = nomination.status().name();
        changes.save(new StateChange(
                StateChange.Subject.NOMINATION, nomination.id(), state, state, actor, reason, clock.instant()));
    }

    public List<HistoryLine> ofRound(long id) {
        return changes.history(StateChange.Subject.ROUND, id).stream()
                .map(StateChange::toLine)
                .toList();
    }

    public List<HistoryLine> ofNomination(long id) {
        return changes.history(StateChange.Subject.NOMINATION, id).stream()
                .map(StateChange::toLine)
                .toList();
    }
}
