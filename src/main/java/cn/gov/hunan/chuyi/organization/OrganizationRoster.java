package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's side of a roster import (导入组织名录): which credit codes and names are known, and taking a checked
 * roster in one transaction. A row is matched by its credit code; a row whose credit code is unknown takes over the
 * organisation of the same name that has no credit code yet (the reference lists carry none), otherwise it is new.
 * Every organisation the roster touches gets a line in its history naming the file.
 */
@Service
public class OrganizationRoster {

    /** Lists in one statement at most this long (PostgreSQL takes more; H2 and plans stay sane). */
    private static final int CHUNK = 1000;

    private final OrganizationRepository organizations;
    private final OrganizationChangeRepository changes;
    private final Clock clock;

    OrganizationRoster(OrganizationRepository organizations, OrganizationChangeRepository changes, Clock clock) {
        this.organizations = organizations;
        this.changes = changes;
        this.clock = clock;
    }

    /** What the directory holds for a roster's credit codes and names, for the check before anything is written. */
    public record Known(Map<String, String> nameByCreditCode, Map<String, String> creditCodeByName) {

        /** Whether {@code name} belongs to an organisation with another credit code (null: none recorded). */
        public boolean nameTakenByAnother(String name, String creditCode) {
            if (!creditCodeByName.containsKey(name)) {
                return false;
            }
            String held = creditCodeByName.get(name);
            return held != null && !held.equals(creditCode);
        }
    }

    /** The organisations already known by these credit codes or names, in a bounded number of statements. */
    @Transactional(readOnly = true)
    public Known known(Collection<String> creditCodes, Collection<String> names) {
        Map<String, String> byCode = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (List<String> chunk : chunks(creditCodes)) {
            organizations.findByCreditCodeIn(chunk).forEach(o -> byCode.put(o.creditCode(), o.name()));
        }
        for (List<String> chunk : chunks(names)) {
            organizations.findByNameIn(chunk).forEach(o -> byName.put(o.name(), o.creditCode()));
        }
        return new Known(byCode, byName);
    }

    /**
     * Takes a checked roster: updates the organisations matched by credit code (or by name when they have none yet),
     * creates the others, and writes each one's history with {@code reason}. All or nothing.
     *
     * @return how many organisations were created and how many updated
     */
    @Transactional
    public Outcome take(List<OrganizationRow> rows, String fileName, HistoryReason reason, String actor) {
        var now = clock.instant();
        Map<String, Organization> byCode = new HashMap<>();
        Map<String, Organization> byName = new HashMap<>();
        for (List<String> chunk :
                chunks(rows.stream().map(OrganizationRow::creditCode).toList())) {
            organizations.findByCreditCodeIn(chunk).forEach(o -> byCode.put(o.creditCode(), o));
        }
        for (List<String> chunk :
                chunks(rows.stream().map(OrganizationRow::name).toList())) {
            organizations.findByNameIn(chunk).forEach(o -> byName.put(o.name(), o));
        }
        int created = 0;
        int updated = 0;
        List<OrganizationChange> lines = new ArrayList<>(rows.size());
        for (var row : rows) {
            Organization organization = byCode.get(row.creditCode());
            if (organization == null) {
                Organization named = byName.get(row.name());
                organization = named != null && named.creditCode() == null ? named : null;
            }
            if (organization == null) {
                organization = organizations.save(Organization.imported(row, fileName, now));
                lines.add(organization.importedLine(actor, reason, now));
                created++;
            } else {
                lines.add(organization.takeRoster(row, fileName, reason, actor, now));
                updated++;
            }
        }
        organizations.flush();
        changes.saveAll(lines);
        return new Outcome(created, updated);
    }

    /** How a roster changed the directory. */
    public record Outcome(int created, int updated) {}

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = values.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
