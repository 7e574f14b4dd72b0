package cn.gov.hunan.chuyi.shared;

/**
 * The one rule for typed text that reaches a service: surrounding spaces never count, and a blank value is no value.
 * Web forms already arrive trimmed ({@code web.LayoutAdvice} binds every string through a trimming editor), so
 * controllers never trim; services call this for what may come from elsewhere (events, the command line, imports).
 */
public final class Text {

    private Text() {}

    /** The text without surrounding white space, or null when nothing is left. */
    public static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** Whether nothing but white space was typed. */
    public static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
