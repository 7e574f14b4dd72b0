package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The "three unified" checklist (统一命名、统一标识、统一风格) of the 14 cities' flagship secondary schools. A city
 * officer reports its own city's items with evidence; the department may report any; everyone who follows the
 * plan reads it.
 */
@Service
@Transactional(readOnly = true)
public class FlagshipChecklist {

    private final FlagshipCheckRepository checks;
    private final FlagshipCheckChangeRepository changes;
    private final ProjectRegister register;
    private final RegionDirectory regions;
    private final AttachmentStore store;
    private final Clock clock;

    FlagshipChecklist(
            FlagshipCheckRepository checks,
            FlagshipCheckChangeRepository changes,
            ProjectRegister register,
            RegionDirectory regions,
            AttachmentStore store,
            Clock clock) {
        this.checks = checks;
        this.changes = changes;
        this.register = register;
        this.regions = regions;
        this.store = store;
        this.clock = clock;
    }

    /** One item of a city, recorded or not yet. */
    public record ItemView(
            String item,
            boolean recorded,
            boolean done,
            String evidence,
            String fileName,
            String updatedBy,
            LocalDateTime updatedAt,
            List<HistoryLine> history) {}

    /** A city's line: its flagship school (if designated) and its three items in the plan's order. */
    public record CityLine(City city, CityFlagship flagship, List<ItemView> items, boolean editable) {

        public long doneCount() {
            return items.stream().filter(ItemView::done).count();
        }
    }

    /** All 14 cities, in two statements whatever the history. */
    public List<CityLine> overview(PortalUser viewer) {
        var flagships = register.cityFlagships();
        Map<String, Map<FlagshipCheck.Item, FlagshipCheck>> byCity = checks.findAll().stream()
                .collect(Collectors.groupingBy(
                        FlagshipCheck::cityCode,
                        Collectors.toMap(
                                FlagshipCheck::item,
                                c -> c,
                                (a, b) -> a,
                                () -> new EnumMap<>(FlagshipCheck.Item.class))));
        return regions.cities().stream()
                .map(city -> new CityLine(
                        city,
                        flagships.get(city.code()),
                        items(byCity.getOrDefault(city.code(), Map.of()), Map.of()),
                        mayEdit(viewer, city.code())))
                .toList();
    }

    /** One city with the history of each item. */
    public CityLine city(String cityCode, PortalUser viewer) {
        City city = regions.city(cityCode).orElseThrow(() -> new NotFoundException("city", cityCode));
        var found = Arrays.stream(FlagshipCheck.Item.values())
                .map(item -> checks.findByCityCodeAndItem(cityCode, item).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(FlagshipCheck::item, c -> c));
        var ids = found.values().stream().map(FlagshipCheck::id).toList();
        Map<Long, List<HistoryLine>> history = ids.isEmpty()
                ? Map.of()
                : changes.historyOf(ids).stream()
                        .collect(Collectors.groupingBy(
                                FlagshipCheckChange::checkId,
                                Collectors.mapping(FlagshipCheckChange::toLine, Collectors.toList())));
        return new CityLine(
                city, register.cityFlagships().get(cityCode), items(found, history), mayEdit(viewer, cityCode));
    }

    /** Records an item of a city with its evidence and, optionally, a file. */
    @Transactional
    public void record(
            String cityCode, String itemName, boolean done, String evidence, MultipartFile file, PortalUser viewer) {
        regions.city(cityCode).orElseThrow(() -> new NotFoundException("city", cityCode));
        FlagshipCheck.Item item = Arrays.stream(FlagshipCheck.Item.values())
                .filter(i -> i.name().equals(itemName))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("item", itemName));
        if (!mayEdit(viewer, cityCode)) {
            throw new AccessDeniedException("not this city's officer");
        }
        FlagshipCheck check =
                checks.findByCityCodeAndItem(cityCode, item).orElseGet(() -> new FlagshipCheck(cityCode, item));
        var stored = AttachmentStore.chosen(file) ? store.store(file) : null;
        String from = check.record(done, evidence, stored, viewer.getUsername(), clock.instant());
        check = checks.save(check);
        changes.save(new FlagshipCheckChange(
                check.id(), from, check.status(), viewer.getUsername(), check.evidence(), clock.instant()));
    }

    /** The evidence file of an item, for anyone who may read the checklist. */
    public ReportService.Download file(String cityCode, String itemName) {
        FlagshipCheck check = Arrays.stream(FlagshipCheck.Item.values())
                .filter(i -> i.name().equals(itemName))
                .findFirst()
                .flatMap(item -> checks.findByCityCodeAndItem(cityCode, item))
                .filter(c -> c.file() != null && c.file().storageKey() != null)
                .orElseThrow(() -> new NotFoundException("file", itemName));
        return new ReportService.Download(
                check.file().originalName(),
                check.file().contentType(),
                store.open(check.file().storageKey()));
    }

    static boolean mayEdit(PortalUser viewer, String cityCode) {
        return viewer.has(Role.PROVINCE_ADMIN)
                || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), cityCode));
    }

    private static List<ItemView> items(
            Map<FlagshipCheck.Item, FlagshipCheck> found, Map<Long, List<HistoryLine>> history) {
        return Arrays.stream(FlagshipCheck.Item.values())
                .map(item -> {
                    FlagshipCheck c = found.get(item);
                    if (c == null) {
                        return new ItemView(item.name(), false, false, null, null, null, null, List.of());
                    }
                    return new ItemView(
                            item.name(),
                            true,
                            c.done(),
                            c.evidence(),
                            c.file() == null ? null : c.file().originalName(),
                            c.updatedBy(),
                            PortalTime.local(c.updatedAt()),
                            history.getOrDefault(c.id(), List.of()));
                })
                .toList();
    }
}
