package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rectification item's life after the answer (issue 16): extensions (延期) asked for and decided, 催办 by hand,
 * 销号 by the province and 复查 at a later visit, from the deadlines the issued 督导意见书 sets. Reading and the answer itself stay with {@link FindingService}, whose
 * access-checked load this service uses.
 */
@Service
@Transactional(readOnly = true)
public class RectificationLife {

    private final FindingService findingsService;
    private final FindingRepository findingRepository;
    private final FindingAccess access;
    private final ExtensionRepository extensions;
    private final RectificationDeadlines deadlines;
    private final ReminderLedger reminders;
    private final SupervisionHistory history;
    private final AccountDirectory accounts;
    private final Clock clock;

    RectificationLife(
            FindingService findingsService,
            FindingRepository findingRepository,
            FindingAccess access,
            ExtensionRepository extensions,
            RectificationDeadlines deadlines,
            ReminderLedger reminders,
            SupervisionHistory history,
            AccountDirectory accounts,
            Clock clock) {
        this.findingsService = findingsService;
        this.findingRepository = findingRepository;
        this.access = access;
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.history = history;
        this.accounts = accounts;
        this.clock = clock;
    }

    // the 督导意见书 (supervision.opinion) starts the rectification clock

    /**
     * Sets each finding's rectification deadline as the issued 意见书 says (限期整改要求), with a history line naming the
     * document; every finding of the task must have one. A finding that is answerable and whose new deadline has
     * passed is overdue at once.
     */
    @Transactional
    public void startRectification(long taskId, Map<Long, LocalDate> deadlineOf, String actor, String documentNumber) {
        LocalDate today = LocalDate.now(clock);
        for (Finding finding : findingRepository.findByTaskIdOrderById(taskId)) {
            LocalDate deadline = deadlineOf.get(finding.id());
            if (deadline == null) {
                throw new FindingRejected("supervision.finding.error.incomplete");
            }
            finding.rectifyBy(deadline, today);
            history.record(
                    Subject.FINDING,
                    finding.id(),
                    finding.status(),
                    finding.status(),
                    actor,
                    HistoryReason.key("supervision.history.opinionDeadline", documentNumber, deadline.toString()));
        }
    }

    /** The organisation that owes the answer asks for a later deadline, with its reason. */
    @Transactional
    public void requestExtension(long id, String reason, LocalDate proposed, PortalUser responsible) {
        Finding finding = findingsService.load(id, responsible);
        if (!access.isAddressedTo(responsible, finding)) {
            throw new NotFoundException("finding", id);
        }
        FindingMove.ANSWER.checkedFrom(finding.status(), FindingMove.ANSWER.madeAs(responsible), FindingMove.REFUSAL);
        if (extensions
                .findFirstByFindingIdAndStatus(id, ExtensionStatus.PENDING)
                .isPresent()) {
            throw new FindingRejected("supervision.extension.error.pending");
        }
        String why = Text.blankToNull(reason);
        if (why == null || why.length() > 1000) {
            throw new FindingRejected("supervision.extension.error.reason").at("reason");
        }
        if (proposed == null || !proposed.isAfter(finding.deadline()) || !proposed.isAfter(LocalDate.now(clock))) {
            throw new FindingRejected("supervision.extension.error.date", finding.deadline()).at("proposedDeadline");
        }
        extensions.save(
                new Extension(id, why, proposed, finding.deadline(), responsible.getUsername(), clock.instant()));
        history.record(
                Subject.FINDING,
                id,
                finding.status(),
                finding.status(),
                responsible.getUsername(),
                HistoryReason.key("supervision.history.extensionRequested", proposed, why));
        findingsService.notify(overseers(finding), "notification.supervision.extensionRequested", finding);
    }

    /** An inspector of the task or province staff approves (the deadline moves) or refuses the pending request. */
    @Transactional
    public void decideExtension(
            long id, long extensionId, boolean approve, String note, long version, PortalUser decider) {
        Finding finding = findingsService.load(id, decider);
        if (!access.oversees(decider, findingsService.task(finding))) {
            throw new NotFoundException("finding", id);
        }
        Extension request = extensions
                .findById(extensionId)
                .filter(e -> e.findingId() == id)
                .orElseThrow(() -> new NotFoundException("extension", extensionId));
        Versions.expect(request.toView().version(), version, "extension");
        Role role = FindingAccess.overseerRole(decider);
        request.decide(role, approve, note, decider.getUsername(), clock.instant());
        LocalDate before = finding.deadline();
        if (approve) {
            if (!finding.owesAnswer()) {
                throw new FindingRejected(FindingMove.REFUSAL, finding.status(), finding.status());
            }
            finding.extendTo(request.proposedDeadline(), LocalDate.now(clock));
        }
        history.record(
                Subject.FINDING,
                id,
                finding.status(),
                finding.status(),
                decider.getUsername(),
                approve
                        ? HistoryReason.key(
                                "supervision.history.extensionApproved",
                                before,
                                request.proposedDeadline(),
                                note == null ? "" : note.strip())
                        : HistoryReason.key(
                                "supervision.history.extensionRefused", request.proposedDeadline(), note.strip()));
        findingsService.notify(
                findingsService.responsibleUsers(finding),
                approve ? "notification.supervision.extensionApproved" : "notification.supervision.extensionRefused",
                finding);
    }

    /** 催办 by hand: reminds the responsible organisation now, with a message; returns the item's count of reminders. */
    @Transactional
    public int chase(long id, String message, PortalUser chaser) {
        Finding finding = findingsService.load(id, chaser);
        if (!access.oversees(chaser, findingsService.task(finding))) {
            throw new NotFoundException("finding", id);
        }
        if (!finding.owesAnswer()) {
            throw new FindingRejected(FindingMove.REFUSAL, finding.status(), finding.status());
        }
        return reminders.chase(deadlines.own(finding), chaser.id(), message);
    }

    /** 销号: province staff close an accepted item with a sign-off note; asked to confirm first (it is final). */
    @Transactional
    public void signOff(long id, String note, boolean confirmed, PortalUser province) {
        Finding finding = findingsService.load(id, province);
        ConfirmationRequired.unless(confirmed, "supervision.finding.confirm.signOff", finding.category());
        FindingStatus from =
                finding.signOff(FindingMove.SIGN_OFF.madeAs(province), note, province.getUsername(), clock.instant());
        history.record(Subject.FINDING, id, from, finding.status(), province.getUsername(), HistoryReason.typed(note));
        findingsService.notify(findingsService.responsibleUsers(finding), "notification.supervision.closed", finding);
    }

    /** 列入复查: a closed item is put to re-check at a later visit. */
    @Transactional
    public void putToRecheck(long id, PortalUser overseer) {
        Finding finding = findingsService.load(id, overseer);
        if (!access.oversees(overseer, findingsService.task(finding))) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.putToRecheck(FindingAccess.overseerRole(overseer));
        history.record(
                Subject.FINDING,
                id,
                from,
                finding.status(),
                overseer.getUsername(),
                HistoryReason.key("supervision.history.putToRecheck"));
        findingsService.notify(findingsService.responsibleUsers(finding), "notification.supervision.recheck", finding);
    }

    /** The re-check's outcome: the closure stands, or the item is reopened with a new deadline. */
    @Transactional
    public void concludeRecheck(
            long id, boolean confirmedClosure, String note, LocalDate newDeadline, PortalUser overseer) {
        Finding finding = findingsService.load(id, overseer);
        if (!access.oversees(overseer, findingsService.task(finding))) {
            throw new NotFoundException("finding", id);
        }
        FindingStatus from = finding.concludeRecheck(
                FindingAccess.overseerRole(overseer), confirmedClosure, note, newDeadline, LocalDate.now(clock));
        history.record(
                Subject.FINDING,
                id,
                from,
                finding.status(),
                overseer.getUsername(),
                confirmedClosure
                        ? HistoryReason.key("supervision.history.recheckConfirmed", note.strip())
                        : HistoryReason.key("supervision.history.reopened", newDeadline, note.strip()));
        findingsService.notify(
                findingsService.responsibleUsers(finding),
                confirmedClosure ? "notification.supervision.recheckConfirmed" : "notification.supervision.reopened",
                finding);
    }

    private Collection<Long> overseers(Finding finding) {
        List<Long> who = new ArrayList<>(findingsService.task(finding).team());
        accounts.withRole(Role.PROVINCE_ADMIN).forEach(u -> who.add(u.id()));
        return who;
    }
}
