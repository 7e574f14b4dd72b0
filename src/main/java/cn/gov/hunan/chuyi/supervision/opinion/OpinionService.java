package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Versions;
import cn.gov.hunan.chuyi.supervision.finding.FindingService;
import cn.gov.hunan.chuyi.supervision.finding.FindingView;
import cn.gov.hunan.chuyi.supervision.finding.RectificationLife;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinion on a reported task: the lead's preliminary opinion (初步督导意见), the inspected body's reply (申辩)
 * until the date the lead set, the lead's final version, and the 督导意见书 province staff issue, which sets every
 * finding's rectification deadline and tells the inspected body. Longer than 250 lines because the four steps are one
 * aggregate's workflow ({@link OpinionMove}) and share its access checks, and the issue validates the 文号 and every
 * finding's deadline before anything changes.
 */
@Service
@Transactional(readOnly = true)
public class OpinionService {

    private final OpinionRepository opinions;
    private final OpinionItemRepository items;
    private final TaskService tasks;
    private final PlanService plans;
    private final FindingService findings;
    private final RectificationLife rectification;
    private final ProcedureAccess access;
    private final SupervisionHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int replyDays;
    private final int rectificationDays;

    OpinionService(
            OpinionRepository opinions,
            OpinionItemRepository items,
            TaskService tasks,
            PlanService plans,
            FindingService findings,
            RectificationLife rectification,
            ProcedureAccess access,
            SupervisionHistory history,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${chuyi.supervision.reply-days:7}") int replyDays,
            @Value("${chuyi.supervision.rectification-days:30}") int rectificationDays) {
        this.opinions = opinions;
        this.items = items;
        this.tasks = tasks;
        this.plans = plans;
        this.findings = findings;
        this.rectification = rectification;
        this.access = access;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.replyDays = replyDays;
        this.rectificationDays = rectificationDays;
    }

    /** The page for anyone who may see the task; anyone else gets "not found". */
    public OpinionPage page(long taskId, PortalUser viewer) {
        TaskView task = tasks.task(taskId, viewer);
        Opinion opinion = opinions.findByTaskId(taskId).orElse(null);
        LocalDate today = LocalDate.now(clock);
        boolean visited = ProcedureAccess.afterVisit(task);
        boolean lead = visited && ProcedureAccess.isLead(viewer, task);
        boolean body = ProcedureAccess.isInspectedBody(viewer, task);
        OpinionStatus status = opinion == null ? null : opinion.status();
        boolean mayRecord = lead
                && (opinion == null
                        ? OpinionMove.AMEND.madeAs(viewer) != null
                        : OpinionMove.AMEND.offeredTo(viewer, status));
        boolean mayReply =
                body && opinion != null && OpinionMove.REPLY.offeredTo(viewer, status) && opinion.replyOpen(today);
        boolean mayFinalise = lead
                && opinion != null
                && OpinionMove.FINALISE.offeredTo(viewer, status)
                && opinion.replyWindowOver(today);
        boolean mayIssue = opinion != null && OpinionMove.ISSUE.offeredTo(viewer, status);
        boolean issued = status == OpinionStatus.ISSUED;
        return new OpinionPage(
                task,
                plans.plan(task.planId()),
                opinion == null ? null : opinion.toView(),
                items(task, opinion, today),
                today.plusDays(replyDays),
                visited,
                mayRecord,
                mayReply,
                mayFinalise,
                mayIssue,
                issued);
    }

    /** The issued 意见书 (print view and PDF); before it is issued there is none. */
    public OpinionPage document(long taskId, PortalUser viewer) {
        OpinionPage page = page(taskId, viewer);
        if (!page.issued()) {
            throw new NotFoundException("supervision opinion", taskId);
        }
        return page;
    }

    /** The lead records the preliminary opinion, or amends it before the reply; the body is told until when it may reply. */
    @Transactional
    public void recordPreliminary(long taskId, String text, LocalDate replyBy, Long expectedVersion, PortalUser lead) {
        TaskView task = leadOf(taskId, lead);
        LocalDate today = LocalDate.now(clock);
        Opinion opinion = opinions.findByTaskId(taskId).orElse(null);
        if (opinion == null) {
            if (OpinionMove.AMEND.madeAs(lead) == null) {
                throw new OpinionRejected(OpinionMove.REFUSAL);
            }
            opinion = opinions.save(new Opinion(taskId, text, replyBy, today, lead.getUsername(), clock.instant()));
            history.record(
                    Subject.TASK,
                    taskId,
                    task.status(),
                    task.status(),
                    lead.getUsername(),
                    HistoryReason.key("supervision.history.preliminary", replyBy.toString()));
        } else {
            expect(opinion, expectedVersion);
            opinion.amend(OpinionMove.AMEND.madeAs(lead), text, replyBy, today, lead.getUsername(), clock.instant());
            history.record(
                    Subject.TASK,
                    taskId,
                    task.status(),
                    task.status(),
                    lead.getUsername(),
                    HistoryReason.key("supervision.history.preliminaryAmended", replyBy.toString()));
        }
        events.publishEvent(new PortalNotice(
                access.inspectedBody(task),
                "notification.supervision.preliminary",
                link(taskId),
                task.subjectName(),
                List.of(replyBy.toString())));
    }

    /** The inspected body replies (申辩), once, until the reply date; the team is told. */
    @Transactional
    public void reply(long taskId, String text, Long expectedVersion, PortalUser body) {
        TaskView task = tasks.task(taskId, body);
        if (!ProcedureAccess.isInspectedBody(body, task)) {
            throw new OpinionRejected("supervision.opinion.error.notBody");
        }
        Opinion opinion = existing(taskId);
        expect(opinion, expectedVersion);
        opinion.reply(OpinionMove.REPLY.madeAs(body), text, LocalDate.now(clock), body.getUsername(), clock.instant());
        history.record(
                Subject.TASK,
                taskId,
                task.status(),
                task.status(),
                body.getUsername(),
                HistoryReason.key("supervision.history.replied"));
        events.publishEvent(
                new PortalNotice(task.team(), "notification.supervision.replied", link(taskId), task.subjectName()));
    }

    /** The lead finalises the opinion for the province to issue. */
    @Transactional
    public void finalise(long taskId, Long expectedVersion, PortalUser lead) {
        TaskView task = leadOf(taskId, lead);
        Opinion opinion = existing(taskId);
        expect(opinion, expectedVersion);
        opinion.finalise(OpinionMove.FINALISE.madeAs(lead), LocalDate.now(clock), lead.getUsername(), clock.instant());
        history.record(
                Subject.TASK,
                taskId,
                task.status(),
                task.status(),
                lead.getUsername(),
                HistoryReason.key("supervision.history.finalised"));
        events.publishEvent(new PortalNotice(
                access.provinceStaff(), "notification.supervision.finalised", link(taskId), task.subjectName()));
    }

    /**
     * Province staff issue the 督导意见书: number (unique, of this year), evaluation, the task's grade, and each finding's
     * deadline ({@code deadlines} by finding id; missing ones take the default). Irreversible: the findings' deadlines
     * are set, the rectification clock runs, the inspected body is told.
     */
    @Transactional
    public void issue(
            long taskId,
            String documentNumber,
            String evaluation,
            Map<Long, LocalDate> deadlines,
            Long expectedVersion,
            PortalUser admin) {
        TaskView task = tasks.task(taskId, admin);
        Opinion opinion = existing(taskId);
        expect(opinion, expectedVersion);
        OpinionMove.ISSUE.checkedFrom(opinion.status(), OpinionMove.ISSUE.madeAs(admin), OpinionMove.REFUSAL);
        DocumentNumber number = DocumentNumber.parse(documentNumber);
        if (opinions.existsByDocumentNumber(number.written())) {
            throw new OpinionRejected("supervision.opinion.error.numberTaken", number.written()).at("documentNumber");
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> set = new HashMap<>();
        List<FindingView> listed = findings.ofTask(taskId);
        for (FindingView finding : listed) {
            LocalDate deadline = deadlines.getOrDefault(finding.id(), today.plusDays(rectificationDays));
            if (!deadline.isAfter(today)) {
                throw new OpinionRejected("supervision.opinion.error.deadline", finding.category())
                        .at("deadline_" + finding.id());
            }
            set.put(finding.id(), deadline);
        }
        opinion.issue(
                OpinionMove.ISSUE.madeAs(admin),
                number,
                evaluation,
                task.grade() == null ? null : task.grade().name(),
                task.totalScore(),
                today,
                admin.getUsername(),
                clock.instant());
        int order = 1;
        for (FindingView finding : listed) {
            items.save(new OpinionItem(opinion.id(), finding.id(), order++, set.get(finding.id())));
        }
        rectification.startRectification(taskId, set, admin.getUsername(), number.written());
        history.record(
                Subject.TASK,
                taskId,
                task.status(),
                task.status(),
                admin.getUsername(),
                HistoryReason.key("supervision.history.opinionIssued", number.written()));
        List<Long> told = new ArrayList<>(access.inspectedBody(task));
        told.addAll(task.team());
        events.publishEvent(new PortalNotice(
                told,
                "notification.supervision.opinionIssued",
                link(taskId),
                task.subjectName(),
                List.of(number.written())));
    }

    private List<OpinionPage.Item> items(TaskView task, Opinion opinion, LocalDate today) {
        Map<Long, LocalDate> issued = opinion == null
                ? Map.of()
                : items.findByOpinionIdOrderBySortOrder(opinion.id()).stream()
                        .collect(Collectors.toMap(OpinionItem::findingId, OpinionItem::deadline));
        List<OpinionPage.Item> list = new ArrayList<>();
        int n = 1;
        for (FindingView f : findings.ofTask(task.id())) {
            if (!issued.isEmpty() && !issued.containsKey(f.id())) {
                continue;
            }
            list.add(new OpinionPage.Item(
                    n++,
                    f.id(),
                    f.category(),
                    f.severity().name(),
                    f.description(),
                    f.responsible(),
                    issued.getOrDefault(f.id(), today.plusDays(rectificationDays))));
        }
        return list;
    }

    private TaskView leadOf(long taskId, PortalUser lead) {
        TaskView task = tasks.task(taskId, lead);
        if (!ProcedureAccess.isLead(lead, task)) {
            throw new OpinionRejected("supervision.opinion.error.notLead");
        }
        if (!ProcedureAccess.afterVisit(task)) {
            throw new OpinionRejected("supervision.opinion.error.notVisited");
        }
        return task;
    }

    private Opinion existing(long taskId) {
        return opinions.findByTaskId(taskId).orElseThrow(() -> new OpinionRejected("supervision.opinion.error.none"));
    }

    private static void expect(Opinion opinion, Long expectedVersion) {
        if (expectedVersion != null) {
            Versions.expect(opinion.version(), expectedVersion, "supervision opinion");
        }
    }

    private static String link(long taskId) {
        return "/supervision/tasks/" + taskId + "/opinion";
    }
}
