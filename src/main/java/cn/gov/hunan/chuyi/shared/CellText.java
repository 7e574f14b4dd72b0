package cn.gov.hunan.chuyi.shared;

/**
 * The one rule against formula injection (OWASP "CSV Injection") in every export: text that a user typed — a
 * name at a failed sign-in, a project title, an indicator — must never be taken for a formula by the
 * spreadsheet that opens the file. Excel, WPS and LibreOffice start a formula at {@code = + - @}, and a tab or
 * carriage return in front of one still counts, so a cell starting with any of these is text to neutralise.
 * Numbers are never passed through here: a negative number written as a number stays a number.
 */
public final class CellText {

    /** What Excel shows, and keeps, as text when it leads a cell (the OWASP-recommended prefix). */
    public static final char QUOTE = '\'';

    private CellText() {}

    /** Whether a spreadsheet could read this text as the start of a formula. */
    public static boolean startsLikeFormula(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /**
     * The text as it may go into a CSV field: unchanged, or with the quote in front when it starts like a
     * formula. A reader sees the quote and the exact text that was typed; nothing is evaluated.
     */
    public static String forCsv(String text) {
        return startsLikeFormula(text) ? QUOTE + text : text;
    }
}
