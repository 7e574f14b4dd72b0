package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.organization.OrganizationRoster;
import cn.gov.hunan.chuyi.organization.OrganizationRow;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The organisation roster (组织名录): name, 统一社会信用代码 (check character verified), kind, city and county code
 * (GB/T 2260, checked against the divisions), 民办, 省属 and the competent authority. Rows are matched by credit code
 * and update the organisation, with a line in its history; unknown credit codes add organisations.
 */
@Component
class OrganizationImport implements ImportSpec<OrganizationRow> {

    static final String NAME = "imports.org.name";
    static final String CREDIT_CODE = "imports.org.creditCode";
    static final String KIND = "imports.org.kind";
    static final String CITY = "imports.org.city";
    static final String COUNTY = "imports.org.county";
    static final String PRIVATELY_RUN = "imports.org.privatelyRun";
    static final String PROVINCE_RUN = "imports.org.provinceRun";
    static final String AUTHORITY = "imports.org.authority";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.text(NAME, true, 128),
            ImportColumn.strictText(CREDIT_CODE, true, 18),
            ImportColumn.choice(
                    KIND,
                    true,
                    Arrays.stream(OrganizationKind.values()).map(Enum::name).toList(),
                    "OrganizationKind."),
            ImportColumn.text(CITY, true, 6),
            ImportColumn.text(COUNTY, false, 6),
            ImportColumn.yesNo(PRIVATELY_RUN),
            ImportColumn.yesNo(PROVINCE_RUN),
            ImportColumn.text(AUTHORITY, false, 100));

    private final RegionDirectory regions;
    private final OrganizationRoster roster;

    OrganizationImport(RegionDirectory regions, OrganizationRoster roster) {
        this.regions = regions;
        this.roster = roster;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORGANIZATIONS;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "imports.template.general",
                "imports.org.instructions.match",
                "imports.org.instructions.codes",
                "imports.template.limit");
    }

    @Override
    public OrganizationRow row(ImportRow row, Problems problems) {
        int before = problems.count();
        String creditCode = row.text(CREDIT_CODE).toUpperCase(Locale.ROOT);
        if (!CreditCode.valid(creditCode)) {
            problems.add(row.number(), CREDIT_CODE, "imports.problem.creditCode", creditCode);
        }
        String city = row.text(CITY);
        CityCodes.unknown(regions, row.number(), CITY, city, problems);
        String county = row.text(COUNTY);
        if (county != null && regions.isCity(city) && !regions.contains(city, county)) {
            problems.add(row.number(), COUNTY, "imports.problem.county", county, city);
        }
        if (problems.count() > before) {
            return null;
        }
        return new OrganizationRow(
                row.text(NAME),
                creditCode,
                OrganizationKind.valueOf(row.text(KIND)),
                city,
                county,
                row.yes(PRIVATELY_RUN),
                row.yes(PROVINCE_RUN),
                row.text(AUTHORITY));
    }

    @Override
    public void all(List<Numbered<OrganizationRow>> rows, String scope, Problems problems) {
        Repeats<String> codes = new Repeats<>(CREDIT_CODE);
        Repeats<String> names = new Repeats<>(NAME);
        for (var row : rows) {
            codes.repeated(row.row(), row.value().creditCode(), problems);
            names.repeated(row.row(), row.value().name(), problems);
        }
        var known = roster.known(codes.values(), names.values());
        for (var row : rows) {
            String name = row.value().name();
            String code = row.value().creditCode();
            String holder = known.nameByCreditCode().get(code);
            boolean renamesOnto = holder != null
                    && !holder.equals(name)
                    && known.creditCodeByName().containsKey(name);
            if (known.nameTakenByAnother(name, code) || renamesOnto) {
                problems.add(row.row(), NAME, "imports.problem.nameTaken", name);
            }
        }
    }

    @Override
    public void apply(List<OrganizationRow> rows, String scope, String fileName, PortalUser actor) {
        roster.take(
                rows,
                fileName,
                HistoryReason.key("imports.history.imported", rows.size(), fileName),
                actor.getUsername());
    }
}
