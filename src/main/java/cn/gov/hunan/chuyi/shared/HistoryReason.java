package cn.gov.hunan.chuyi.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a record changed, as its history keeps it: either the words a user typed (kept as typed, shown to every reader
 * as they are) or a reason the portal itself gives (a deadline passed, a decision took the slot …), kept as a message
 * key with its arguments so that each reader sees it in their own language. The two never mix: a typed reason is
 * never read as a key, whatever it looks like.
 */
public record HistoryReason(String typed, String key, List<String> arguments) {

    /** Separates arguments in the history table's column: a control character nobody types. */
    static final String SEPARATOR = "\u001F";

    public HistoryReason {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** The words a user typed; null or blank means no reason. */
    public static HistoryReason typed(String words) {
        return new HistoryReason(Text.blankToNull(words), null, List.of());
    }

    /** A reason the portal gives: a key of the module's messages and its arguments (rendered as text). */
    public static HistoryReason key(String messageKey, Object... arguments) {
        Objects.requireNonNull(messageKey, "messageKey");
        return new HistoryReason(
                null,
                messageKey,
                Arrays.stream(arguments == null ? new Object[0] : arguments)
                        .map(String::valueOf)
                        .toList());
    }

    /** No reason at all. */
    public static HistoryReason none() {
        return new HistoryReason(null, null, List.of());
    }

    String joinedArguments() {
        return arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }
}
