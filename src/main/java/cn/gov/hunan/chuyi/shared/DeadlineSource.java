package cn.gov.hunan.chuyi.shared;

import java.time.Instant;
import java.util.List;

/**
 * What a module declares so that its deadlines chase themselves: a bean implementing this lists the deadlines it owns
 * that fall due in a window, and the notification module's reminder job asks every such bean, then reminds the
 * recipients at the configured lead times ({@code chuyi.reminders.lead-times}), each reminder once per person,
 * deadline and lead time. Sources answer from their own tables in one or two queries; they never send anything.
 */
public interface DeadlineSource {

    /**
     * The deadlines due at or after {@code from} and before {@code to} that still concern someone. Listing a closed
     * one (open = false) is allowed and reminds nobody.
     */
    List<Deadline> openDeadlines(Instant from, Instant to);
}
