package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When each reminder of a deadline is due, in Asia/Shanghai calendar days: the reminder for lead time L is due on the
 * deadline's local date minus L, from the send-from time; it stays due until the next reminder's moment (the last one
 * for the rest of its day), so a job that missed its moment still sends it late rather than never, and a deadline
 * declared three days ahead gets the one-day reminder, never a late "seven days" one.
 */
record LeadTimes(List<Period> leads, LocalTime sendFrom) {

    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    LeadTimes {
        var sorted = new ArrayList<>(leads);
        // earliest reminder first: the longest time before the deadline
        sorted.sort(Comparator.comparing((Period p) -> ANY_DAY.minus(p)));
        leads = List.copyOf(sorted);
    }

    /** The moment the reminder for {@code lead} of a deadline due at {@code due} is due. */
    Instant momentOf(Instant due, Period lead) {
        return PortalTime.local(due)
                .toLocalDate()
                .minus(lead)
                .atTime(sendFrom)
                .atZone(PortalTime.ZONE)
                .toInstant();
    }

    /** The lead time whose reminder is due at {@code now}, if any. */
    Optional<Period> dueAt(Instant due, Instant now) {
        for (int i = leads.size() - 1; i >= 0; i--) {
            Instant from = momentOf(due, leads.get(i));
            if (!now.isBefore(from)) {
                Instant until = i + 1 < leads.size()
                        ? momentOf(due, leads.get(i + 1))
                        : PortalTime.local(from)
                                .toLocalDate()
                                .plusDays(1)
                                .atStartOfDay(PortalTime.ZONE)
                                .toInstant();
                return now.isBefore(until) ? Optional.of(leads.get(i)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The earliest due instant a reminder can be due for at {@code now} (with two days to spare for the zone). */
    Instant windowFrom(Instant now) {
        Period last = leads.get(leads.size() - 1);
        return PortalTime.local(now)
                .toLocalDate()
                .plus(last)
                .minusDays(2)
                .atStartOfDay(PortalTime.ZONE)
                .toInstant();
    }

    /** The latest due instant (exclusive) a reminder can be due for at {@code now}. */
    Instant windowTo(Instant now) {
        Period first = leads.get(0);
        return PortalTime.local(now)
                .toLocalDate()
                .plus(first)
                .plusDays(2)
                .atStartOfDay(PortalTime.ZONE)
                .toInstant();
    }
}
