package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.IndicatorService;
import cn.gov.hunan.chuyi.project.ProjectService;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.BudgetLine;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the task book page: what the viewer sees of it and which steps the tables offer them. */
@Component
@Transactional(readOnly = true)
public class TaskBookPages {

    /** Empty milestone rows the form offers beyond those written. */
    static final int SPARE_MILESTONES = 2;

    private final TaskBookService books;
    private final ChangeRequestService changes;
    private final ProjectService projects;
    private final IndicatorService indicators;

    TaskBookPages(
            TaskBookService books, ChangeRequestService changes, ProjectService projects, IndicatorService indicators) {
        this.books = books;
        this.changes = changes;
        this.projects = projects;
        this.indicators = indicators;
    }

    /** The page of the version numbered {@code versionNo}, or of the latest the viewer may see when null. */
    public TaskBookPage page(long projectId, Integer versionNo, PortalUser viewer) {
        ProjectView project = projects.get(projectId, viewer);
        boolean own = TaskBookService.isOwnSchool(viewer, project);
        List<TaskBook> versions = books.visibleVersions(project, viewer);
        TaskBook shown = versionNo == null
                ? versions.stream().findFirst().orElse(null)
                : versions.stream()
                        .filter(b -> b.versionNo() == versionNo)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("taskBook", versionNo));
        TaskBookContent content = shown == null ? null : shown.content();
        Set<Long> used = content == null
                ? Set.of()
                : content.targets().stream()
                        .map(TaskBookContent.YearTarget::indicatorId)
                        .collect(Collectors.toSet());
        var lines = indicators.indicatorsOf(project.programCode()).stream()
                .filter(i -> i.active() || used.contains(i.id()))
                .toList();
        List<Integer> years = content == null
                ? List.of()
                : IntStream.rangeClosed(content.startYear(), content.endYear())
                        .boxed()
                        .toList();
        TaskBookStatus status = shown == null ? null : shown.status();
        var requestLines = changes.of(project);
        boolean openRequest = requestLines.stream().anyMatch(r -> r.status().open());
        return new TaskBookPage(
                project,
                shown == null ? null : shown.toView(),
                versions.stream().map(TaskBook::toView).toList(),
                lines,
                years,
                content == null ? Map.of() : targets(content),
                content == null ? List.of() : content.milestones(),
                (content == null ? 0 : content.milestones().size()) + SPARE_MILESTONES,
                Arrays.asList(FundSource.values()),
                content == null ? Map.of() : budget(content),
                content == null ? Map.of() : yearTotals(content),
                content == null ? "" : plain(total(content.budget())),
                requestLines,
                Arrays.asList(ChangeKind.values()),
                projects.history(projectId),
                own,
                own && project.status().running() && versions.isEmpty(),
                own && status != null && status.editable(),
                own && status != null && status.editable() && books.extendsPeriod(shown),
                own && status != null && TaskBookService.may(viewer, TaskBookMove.SUBMIT, status.editable()),
                status != null
                        && TaskBookService.may(viewer, TaskBookMove.APPROVE, TaskBookMove.APPROVE.allowedFrom(status)),
                own && shown != null && changes.mayRequest(project, versions),
                viewer.has(Role.PROVINCE_ADMIN) && openRequest);
    }

    private static Map<String, String> targets(TaskBookContent c) {
        Map<String, String> of = new LinkedHashMap<>();
        c.targets().forEach(t -> of.put(t.indicatorId() + "_" + t.year(), plain(t.value())));
        return of;
    }

    private static Map<String, String> budget(TaskBookContent c) {
        Map<String, String> of = new LinkedHashMap<>();
        c.budget().forEach(b -> of.put(b.source() + "_" + b.year(), plain(b.amount())));
        return of;
    }

    private static Map<Integer, String> yearTotals(TaskBookContent c) {
        Map<Integer, String> of = new TreeMap<>();
        c.budget().stream()
                .collect(Collectors.groupingBy(BudgetLine::year))
                .forEach((year, lines) -> of.put(year, plain(total(lines))));
        return of;
    }

    private static BigDecimal total(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A value as people write it: 10, not 10.00. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
