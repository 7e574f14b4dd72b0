package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.selection.expert.ExpertLine;
import cn.gov.hunan.chuyi.selection.expert.ExpertPool;
import cn.gov.hunan.chuyi.selection.expert.ExpertRejected;
import cn.gov.hunan.chuyi.selection.expert.ExpertRow;
import cn.gov.hunan.chuyi.selection.expert.Expertise;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The expert pool (专家库): user name, name, home organisation, title, fields of expertise, city, contact. A row updates
 * the profile of the expert with that user name (title, fields, contact). Name, home organisation and city are the
 * account's (they decide what an expert sees and whom they must not review): the import checks them and reports a
 * difference for the system administrator to settle. A user name that is not an expert of the pool is a problem of its
 * row: the import creates no account (accounts and roles are the administrators'), so a file naming unknown experts
 * is not applied until they have accounts or their rows are removed.
 */
@Component
class ExpertImport implements ImportSpec<ExpertImport.Line> {

    static final String USERNAME = "imports.expert.username";
    static final String NAME = "imports.expert.name";
    static final String ORGANIZATION = "imports.expert.organization";
    static final String TITLE = "imports.expert.title.column";
    static final String FIELDS = "imports.expert.fields";
    static final String CITY = "imports.expert.city";
    static final String CONTACT = "imports.expert.contact";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.text(USERNAME, true, 64),
            ImportColumn.text(NAME, true, 64),
            ImportColumn.text(ORGANIZATION, false, 128),
            ImportColumn.text(TITLE, false, 50),
            ImportColumn.text(FIELDS, false, 500),
            ImportColumn.text(CITY, false, 6),
            ImportColumn.text(CONTACT, false, 100));

    /** A checked row. */
    record Line(
            String username,
            String name,
            String organization,
            String title,
            String fields,
            String city,
            String contact) {}

    private final ExpertPool pool;
    private final RegionDirectory regions;

    ExpertImport(ExpertPool pool, RegionDirectory regions) {
        this.pool = pool;
        this.regions = regions;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EXPERTS;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "imports.template.general",
                "imports.expert.instructions.match",
                "imports.expert.instructions.unknown",
                "imports.expert.instructions.fields",
                "imports.template.limit");
    }

    @Override
    public Line row(ImportRow row, Problems problems) {
        int before = problems.count();
        try {
            Expertise.terms(row.text(FIELDS));
        } catch (ExpertRejected rejected) {
            problems.add(row.number(), FIELDS, rejected.messageKey(), rejected.arguments());
        }
        String city = row.text(CITY);
        CityCodes.unknown(regions, row.number(), CITY, city, problems);
        if (problems.count() > before) {
            return null;
        }
        return new Line(
                row.text(USERNAME),
                row.text(NAME),
                row.text(ORGANIZATION),
                row.text(TITLE),
                row.text(FIELDS),
                city,
                row.text(CONTACT));
    }

    @Override
    public void all(List<Numbered<Line>> rows, String scope, Problems problems) {
        Map<String, ExpertLine> experts = byUsername();
        Repeats<String> usernames = new Repeats<>(USERNAME);
        for (var numbered : rows) {
            var line = numbered.value();
            int row = numbered.row();
            if (usernames.repeated(row, line.username(), problems)) {
                continue;
            }
            var expert = experts.get(line.username());
            if (expert == null) {
                problems.add(row, USERNAME, "imports.expert.problem.unknown", line.username());
                continue;
            }
            if (!line.name().equals(expert.displayName())) {
                problems.add(row, NAME, "imports.expert.problem.name", expert.displayName());
            }
            if (line.organization() != null && !line.organization().equals(expert.organizationName())) {
                problems.add(
                        row, ORGANIZATION, "imports.expert.problem.organization", shown(expert.organizationName()));
            }
            String city = expert.city() == null ? null : expert.city().code();
            if (line.city() != null && !line.city().equals(city)) {
                problems.add(row, CITY, "imports.expert.problem.city", shown(city));
            }
        }
    }

    @Override
    public void apply(List<Line> rows, String scope, String fileName, PortalUser actor) {
        Map<String, ExpertLine> experts = byUsername();
        pool.describeAll(rows.stream()
                .map(l -> new ExpertRow(experts.get(l.username()).id(), l.title(), l.fields(), l.contact()))
                .toList());
    }

    private Map<String, ExpertLine> byUsername() {
        return pool.all().stream().collect(Collectors.toMap(ExpertLine::username, Function.identity()));
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }
}
