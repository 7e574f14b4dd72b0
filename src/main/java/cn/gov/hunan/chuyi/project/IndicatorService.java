package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department keeps each programme's construction indicators: adds, renames, reorders, retires and
 * restores them. Nothing is deleted, so every report keeps the indicators it was filed against.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final ProjectIndicatorRepository indicators;
    private final IndicatorChangeRepository changes;
    private final ProgramCatalogue programs;
    private final Clock clock;

    IndicatorService(
            ProjectIndicatorRepository indicators,
            IndicatorChangeRepository changes,
            ProgramCatalogue programs,
            Clock clock) {
        this.indicators = indicators;
        this.changes = changes;
        this.programs = programs;
        this.clock = clock;
    }

    /** A programme's indicators in order (active and retired) with the history of all of them. */
    public record IndicatorPage(
            List<ProjectIndicator.IndicatorLine> indicators, List<HistoryLine> history, Map<Long, String> names) {}

    public IndicatorPage page(String programCode) {
        programs.get(programCode);
        var all = indicators.findByProgramCodeOrderBySortOrderAscIdAsc(programCode);
        var ids = all.stream().map(ProjectIndicator::id).toList();
        return new IndicatorPage(
                all.stream().map(ProjectIndicator::toLine).toList(),
                ids.isEmpty()
                        ? List.of()
                        : changes.historyOf(ids).stream()
                                .map(IndicatorChange::toLine)
                                .toList(),
                all.stream().collect(Collectors.toMap(ProjectIndicator::id, ProjectIndicator::name)));
    }

    /** An indicator as other parts of the project module (the task book) read it. */
    public record Indicator(long id, String programCode, String name, String unit, boolean active) {}

    /** A programme's indicators in order, active and retired. */
    public List<Indicator> indicatorsOf(String programCode) {
        return indicators.findByProgramCodeOrderBySortOrderAscIdAsc(programCode).stream()
                .map(IndicatorService::indicator)
                .toList();
    }

    /** Every programme's indicators, by programme and order. */
    public List<Indicator> allIndicators() {
        return indicators.findAll(Sort.by("programCode", "sortOrder", "id")).stream()
                .map(IndicatorService::indicator)
                .toList();
    }

    private static Indicator indicator(ProjectIndicator i) {
        var line = i.toLine();
        return new Indicator(line.id(), i.programCode(), line.name(), line.unit(), line.active());
    }

    @Transactional
    public void add(String programCode, String name, String unit, String actor) {
        programs.get(programCode);
        var existing = indicators.findByProgramCodeOrderBySortOrderAscIdAsc(programCode);
        if (existing.stream().anyMatch(i -> i.name().equals(name == null ? null : name.strip()))) {
            throw new ProjectRejected("project.indicator.error.duplicate").at("name");
        }
        int last = existing.stream().mapToInt(ProjectIndicator::sortOrder).max().orElse(0);
        var indicator = indicators.save(new ProjectIndicator(programCode, name, unit, last + 1));
        log(indicator, IndicatorChange.Event.ADDED, actor, indicator.name());
    }

    @Transactional
    public void rename(long id, String name, String unit, long version, String actor) {
        var indicator = load(id, version);
        String before = indicator.name();
        indicator.rename(name, unit);
        log(indicator, IndicatorChange.Event.RENAMED, actor, before + " → " + indicator.name());
    }

    @Transactional
    public void setActive(long id, boolean active, long version, String actor) {
        var indicator = load(id, version);
        if (indicator.active() == active) {
            throw new ProjectRejected("project.indicator.error.unchanged");
        }
        indicator.setActive(active);
        log(
                indicator,
                active ? IndicatorChange.Event.RESTORED : IndicatorChange.Event.RETIRED,
                actor,
                indicator.name());
    }

    /** Moves an indicator one place up or down among its programme's indicators. */
    @Transactional
    public void move(long id, boolean up, String actor) {
        var indicator = indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
        List<ProjectIndicator> ordered =
                new ArrayList<>(indicators.findByProgramCodeOrderBySortOrderAscIdAsc(indicator.programCode()));
        int at = ordered.indexOf(indicator);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(at));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
        log(indicator, IndicatorChange.Event.MOVED, actor, indicator.name());
    }

    private ProjectIndicator load(long id, long version) {
        var indicator = indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
        Versions.expect(indicator.version(), version, "indicator");
        return indicator;
    }

    private void log(ProjectIndicator indicator, IndicatorChange.Event event, String actor, String detail) {
        changes.save(new IndicatorChange(indicator.id(), event, actor, detail, clock.instant()));
    }
}
