package cn.gov.hunan.chuyi.shared;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A line of any record's history: from → to, who, why, when (Asia/Shanghai). The reason is either what a user typed
 * ({@code reason}) or a message key with arguments ({@code reasonKey}, {@code reasonArguments}) that the page renders
 * in the reader's language; {@code fragments/history.html} shows whichever is there.
 */
public record HistoryLine(
        String from,
        String to,
        String actor,
        String reason,
        String reasonKey,
        List<String> reasonArguments,
        LocalDateTime at) {

    public HistoryLine {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }

    /** A line whose reason, if any, was typed by a user. */
    public HistoryLine(String from, String to, String actor, String reason, LocalDateTime at) {
        this(from, to, actor, reason, null, List.of(), at);
    }

    /** The arguments of {@link #reasonKey()}, as the message source wants them. */
    public Object[] reasonArgumentArray() {
        return reasonArguments.toArray();
    }

    /** The reason as the audit log keeps it: the typed words, or the key with its arguments (language-neutral). */
    public String reasonForAudit() {
        if (reasonKey != null) {
            return reasonArguments.isEmpty() ? reasonKey : reasonKey + " " + reasonArguments;
        }
        return reason;
    }
}
