package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.supervision.finding.FindingView;
import cn.gov.hunan.chuyi.supervision.finding.YearItems;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory;
import cn.gov.hunan.chuyi.supervision.history.SupervisionHistory.Subject;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bulletin (通报) of a year's results: what it would state, issuing it once, and the issued bulletins. */
@Service
@Transactional(readOnly = true)
public class BulletinService {

    static final int NUMBER_LIMIT = 100;
    static final int PREFACE_LIMIT = 4000;

    private final BulletinRepository bulletins;
    private final PlanService plans;
    private final TaskService tasks;
    private final YearItems items;
    private final SupervisionHistory history;
    private final Clock clock;

    BulletinService(
            BulletinRepository bulletins,
            PlanService plans,
            TaskService tasks,
            YearItems items,
            SupervisionHistory history,
            Clock clock) {
        this.bulletins = bulletins;
        this.plans = plans;
        this.tasks = tasks;
        this.items = items;
        this.history = history;
        this.clock = clock;
    }

    /** The staff page: the issued bulletin, or the lines it would state now with the form. Province staff only. */
    public BulletinPage page(long planId, PortalUser viewer) {
        PlanView plan = plans.plan(planId);
        Optional<Bulletin> issued = bulletins.findByPlanId(planId);
        BulletinView bulletin = issued.map(Bulletin::toView).orElseGet(() -> {
            Lines lines = lines(plan);
            return new Bulletin(
                            plan.id(),
                            plan.year(),
                            plan.topic(),
                            null,
                            null,
                            null,
                            lines.cities(),
                            lines.overdue(),
                            null,
                            null)
                    .toView();
        });
        return new BulletinPage(
                plan,
                bulletin,
                issued.isPresent(),
                plan.status() == PlanStatus.PUBLISHED,
                BulletinPage.mayPublish(
                        viewer, plan.status(), issued.isPresent() ? BulletinStatus.ISSUED : BulletinStatus.NOT_ISSUED));
    }

    /**
     * Issues the year's bulletin: once, after the results are published, with a number not used before, a date not
     * in the future and an optional preface. The lines are copied from the results as they stand now.
     */
    @Transactional
    public void publish(long planId, String documentNumber, LocalDate issuedOn, String preface, PortalUser admin) {
        PlanView plan = plans.plan(planId);
        BulletinStatus current =
                bulletins.findByPlanId(planId).isPresent() ? BulletinStatus.ISSUED : BulletinStatus.NOT_ISSUED;
        BulletinMove.PUBLISH.checkedFrom(current, BulletinMove.PUBLISH.madeAs(admin), BulletinMove.REFUSAL);
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new BulletinRejected("supervision.bulletin.error.resultsNotPublished", plan.year());
        }
        String number = Text.blankToNull(documentNumber);
        if (number == null) {
            throw new BulletinRejected("supervision.bulletin.error.number").at("documentNumber");
        }
        if (number.length() > NUMBER_LIMIT) {
            throw new BulletinRejected("supervision.bulletin.error.numberLong", NUMBER_LIMIT).at("documentNumber");
        }
        if (bulletins.existsByDocumentNumber(number)) {
            throw new BulletinRejected("supervision.bulletin.error.numberTaken", number).at("documentNumber");
        }
        if (issuedOn == null) {
            throw new BulletinRejected("supervision.bulletin.error.date").at("issuedOn");
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw new BulletinRejected("supervision.bulletin.error.dateFuture").at("issuedOn");
        }
        String text = Text.blankToNull(preface);
        if (text != null && text.length() > PREFACE_LIMIT) {
            throw new BulletinRejected("supervision.bulletin.error.prefaceLong", PREFACE_LIMIT).at("preface");
        }
        Lines lines = lines(plan);
        try {
            bulletins.saveAndFlush(new Bulletin(
                    plan.id(),
                    plan.year(),
                    plan.topic(),
                    number,
                    issuedOn,
                    text,
                    lines.cities(),
                    lines.overdue(),
                    admin.getUsername(),
                    clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // another post issued the year's bulletin (or took the number) between the checks and the insert
            throw new BulletinRejected(BulletinMove.REFUSAL);
        }
        history.record(
                Subject.PLAN,
                plan.id(),
                plan.status(),
                plan.status(),
                admin.getUsername(),
                HistoryReason.key("supervision.history.bulletin", number));
    }

    /** An issued bulletin, for anyone: the public document. */
    public BulletinView bulletin(int year) {
        return bulletins
                .findByPlanYear(year)
                .map(Bulletin::toView)
                .orElseThrow(() -> new NotFoundException("bulletin", year));
    }

    /** Every issued bulletin, latest first. */
    public List<BulletinRepository.BulletinSummary> issued() {
        return bulletins.findAllByOrderByPlanYearDesc();
    }

    record Lines(List<Bulletin.CityLine> cities, List<Bulletin.OverdueLine> overdue) {}

    private Lines lines(PlanView plan) {
        List<TaskView> found = tasks.ofPlan(plan.id());
        YearItems.Items year = items.of(found.stream().map(TaskView::id).toList());
        return new Lines(
                cities(found, year.tallies()),
                year.overdue().stream().map(BulletinService::overdueLine).toList());
    }

    /** The table's lines by rank: highest total first, then by city code; ungraded last. */
    static List<Bulletin.CityLine> cities(List<TaskView> found, Map<Long, YearItems.Tally> tallies) {
        List<TaskView> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparing(TaskView::totalScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(TaskView::cityCode)
                .thenComparing(TaskView::id));
        return ranked.stream()
                .map(t -> {
                    YearItems.Tally tally = tallies.getOrDefault(t.id(), new YearItems.Tally(0, 0, 0));
                    return new Bulletin.CityLine(
                            t.cityCode(),
                            t.subjectName(),
                            t.totalScore(),
                            t.grade() == null ? null : t.grade().name(),
                            tally.open(),
                            tally.overdue(),
                            tally.closed());
                })
                .toList();
    }

    private static Bulletin.OverdueLine overdueLine(FindingView f) {
        return new Bulletin.OverdueLine(
                f.id(),
                f.cityName(),
                f.responsible(),
                f.category(),
                f.severity().name(),
                f.deadline());
    }
}
