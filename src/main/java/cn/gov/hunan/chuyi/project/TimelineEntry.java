package cn.gov.hunan.chuyi.project;

import java.time.LocalDate;
import java.util.List;

/**
 * One event on a project's timeline (reports, evaluations, adjustments, state changes, and whatever later parts of
 * the project add). Texts a reader sees in their language are message keys; what a user typed is kept as typed.
 *
 * @param date when it happened (Asia/Shanghai)
 * @param kindKey message key of what kind of event it is (评估, 年度报告 …)
 * @param labelKey message key of its outcome (a grade, a state), or null
 * @param text what a user typed (a conclusion, a reason, a meeting), or null
 * @param textKey message key of a text the portal gives instead, or null
 * @param textArguments the arguments of {@code textKey}
 * @param link where the event's own page is, or null
 */
public record TimelineEntry(
        LocalDate date,
        String kindKey,
        String labelKey,
        String text,
        String textKey,
        List<String> textArguments,
        String link) {

    public TimelineEntry {
        textArguments = textArguments == null ? List.of() : List.copyOf(textArguments);
    }

    /** An event with a typed text (or none). */
    public static TimelineEntry of(LocalDate date, String kindKey, String labelKey, String text, String link) {
        return new TimelineEntry(date, kindKey, labelKey, text, null, List.of(), link);
    }

    /** The arguments of {@link #textKey()}, as the message source wants them. */
    public Object[] textArgumentArray() {
        return textArguments.toArray();
    }
}
