package cn.gov.hunan.chuyi.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * A date by which people must do something, as the module that owns it declares it to the reminder engine (through a
 * {@link DeadlineSource}). A deadline is known by its kind, its link and its due instant: when the due instant moves
 * (an approved extension), the reminders start again for the new date; the old date's stay in the ledger.
 *
 * @param kind what is due, as a message key of the owning module naming it in the reader's language
 *     ({@code supervision.deadline.rectification} → 整改期限); at most 100 characters
 * @param link the page of the record (a path of the portal); the ledger counts reminders per link
 * @param subject the record as users know it (a nomination's title, a finding's category), shown as given
 * @param due the moment the deadline passes
 * @param recipients the users to remind (user ids)
 * @param open whether something is still owed; a closed deadline is never reminded
 */
public record Deadline(
        String kind, String link, String subject, Instant due, Collection<Long> recipients, boolean open) {

    public Deadline {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
    }

    /** An open deadline: the usual case, as a source lists what is still owed. */
    public static Deadline open(String kind, String link, String subject, Instant due, Collection<Long> recipients) {
        return new Deadline(kind, link, subject, due, recipients, true);
    }
}
