package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification deadlines, as the reminder engine sees them (整改期限, then 督办升级). Each item that owes an
 * answer has up to three deadlines: its own (the responsible organisation: the school's administrators, or the city's
 * officers for the city's own item), its escalation to the city one threshold later (a school's item only: the city's
 * officers) and to the province after the last step (province staff). The engine reminds each before and after its
 * date; so an item overdue past the threshold reaches the next level by itself. An approved extension moves all three.
 */
@Component
@Transactional(readOnly = true)
class RectificationDeadlines implements DeadlineSource {

    static final String KIND = "supervision.deadline.rectification";
    static final String KIND_CITY = "supervision.deadline.rectification.city";
    static final String KIND_PROVINCE = "supervision.deadline.rectification.province";

    private final FindingRepository findings;
    private final AccountDirectory accounts;
    private final int escalateAfterDays;

    RectificationDeadlines(
            FindingRepository findings,
            AccountDirectory accounts,
            @Value("${chuyi.supervision.rectification.escalate-after-days:15}") int escalateAfterDays) {
        this.findings = findings;
        this.accounts = accounts;
        this.escalateAfterDays = Math.max(1, escalateAfterDays);
    }

    /** Days past the deadline after which an overdue item goes up one level. */
    int escalateAfterDays() {
        return escalateAfterDays;
    }

    @Override
    public List<Deadline> openDeadlines(Instant from, Instant to) {
        LocalDate first = PortalTime.local(from).toLocalDate().minusDays(2L * escalateAfterDays + 1);
        LocalDate last = PortalTime.local(to).toLocalDate();
        Recipients recipients = new Recipients();
        List<Deadline> deadlines = new ArrayList<>();
        for (Finding f : findings.findOwingBetween(FindingMove.ANSWER.from(), first, last)) {
            add(deadlines, from, to, own(f, recipients));
            if (f.organizationId() != null) {
                add(
                        deadlines,
                        from,
                        to,
                        Deadline.open(
                                KIND_CITY,
                                link(f),
                                f.category(),
                                endOf(f.deadline().plusDays(escalateAfterDays)),
                                recipients.city(f.cityCode())));
            }
            long toProvince = f.organizationId() != null ? 2L * escalateAfterDays : escalateAfterDays;
            add(
                    deadlines,
                    from,
                    to,
                    Deadline.open(
                            KIND_PROVINCE,
                            link(f),
                            f.category(),
                            endOf(f.deadline().plusDays(toProvince)),
                            recipients.province()));
        }
        return deadlines;
    }

    /** The item's own deadline, to the organisation that must answer: what a 催办 by hand reminds. */
    Deadline own(Finding f, Recipients recipients) {
        Collection<Long> who =
                f.organizationId() != null ? recipients.school(f.organizationId()) : recipients.city(f.cityCode());
        return new Deadline(KIND, link(f), f.category(), endOf(f.deadline()), who, f.owesAnswer());
    }

    Deadline own(Finding f) {
        return own(f, new Recipients());
    }

    static String link(Finding f) {
        // concatenated, not unboxed: an item not yet saved (the unit tests build them) has no id
        return "/supervision/findings/" + f.id();
    }

    static String link(long findingId) {
        return "/supervision/findings/" + findingId;
    }

    /**
     * A deadline date lasts the whole day in Hunan: due at its last second, which keeps the deadline's own date for
     * the engine's lead times (reminded the day before, the day after).
     */
    static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(PortalTime.ZONE).toInstant();
    }

    private static void add(List<Deadline> deadlines, Instant from, Instant to, Deadline d) {
        if (!d.due().isBefore(from) && d.due().isBefore(to)) {
            deadlines.add(d);
        }
    }

    /** The people to remind, each role read once per run (three queries at most), however many items there are. */
    class Recipients {
        private Map<Long, List<Long>> schools;
        private Map<String, List<Long>> cities;
        private List<Long> province;

        List<Long> school(long organizationId) {
            if (schools == null) {
                schools = new HashMap<>();
                accounts.withRole(Role.SCHOOL_ADMIN).stream()
                        .filter(u -> u.organizationId() != null)
                        .forEach(u -> schools.computeIfAbsent(u.organizationId(), k -> new ArrayList<>())
                                .add(u.id()));
            }
            return schools.getOrDefault(organizationId, List.of());
        }

        List<Long> city(String cityCode) {
            if (cities == null) {
                cities = new HashMap<>();
                accounts.withRole(Role.CITY_OFFICER).stream()
                        .filter(u -> u.cityCode() != null)
                        .forEach(u -> cities.computeIfAbsent(u.cityCode(), k -> new ArrayList<>())
                                .add(u.id()));
            }
            return cities.getOrDefault(cityCode, List.of());
        }

        List<Long> province() {
            if (province == null) {
                province = accounts.withRole(Role.PROVINCE_ADMIN).stream()
                        .map(UserSummary::id)
                        .toList();
            }
            return province;
        }
    }
}
