package cn.gov.hunan.chuyi.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The record of reminders (催办) sent: automatic ones before and after each deadline, and those sent by hand. A page
 * shows "已催办 2 次" with {@link #countFor}; a module offers 催办 by calling {@link #chase} after its own access check.
 * The notification module implements it; modules depend on this interface only.
 */
public interface ReminderLedger {

    /** How many reminders (automatic and by hand) were sent about the record at {@code link}. */
    int countFor(String link);

    /** {@link #countFor} for a whole list page in one query; links without reminders are absent. */
    Map<String, Integer> countsFor(Collection<String> links);

    /**
     * Reminds the deadline's recipients now, by hand: recorded in the ledger with who chased and their message, and
     * delivered as a {@link PortalNotice} in the caller's transaction. Refused ({@code ReminderRejected}) without a
     * message, with one over 500 characters, or for a deadline that is closed or has nobody to remind.
     *
     * @return how many reminders the record has had, this one included
     */
    int chase(Deadline deadline, long byUserId, String message);
}
