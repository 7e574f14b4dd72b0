package cn.gov.hunan.chuyi.shared;

/**
 * A step that cannot be undone (closing a round, publishing results, revoking a project …) is carried out only by a
 * post that says it was confirmed: {@code confirmed=true}, set by {@code confirm.js} once the user has agreed, or sent
 * by the confirmation page. A post without it throws this before anything changes, and the web module answers the
 * confirmation page: the consequence in the user's language, the same form values as hidden fields, and a button
 * that posts them again with {@code confirmed=true}. So no single unconfirmed post — a stray click with the script
 * blocked, a replayed request, a test forgetting the rule — does anything irreversible; the rule lives here, on the
 * server, not in the browser.
 *
 * <p>Throw it only after the caller's right to the record was checked (read the record through the module's
 * access-checked getter first, so that the page never names something the caller may not see), and never from an
 * upload form: the confirmation page cannot carry a file (those put a checkbox named {@code confirmed} in the form).
 */
public final class ConfirmationRequired extends RuntimeException {

    /** The request parameter that says the user confirmed. */
    public static final String PARAMETER = "confirmed";

    /**
     * The page the user started from, carried by the confirmation page (whose own address is the post's, which a
     * refusal could not redirect back to).
     */
    public static final String BACK = "_back";

    private final String consequenceKey;
    private final transient Object[] arguments;

    private ConfirmationRequired(String consequenceKey, Object... arguments) {
        super(consequenceKey, null, false, false);
        this.consequenceKey = consequenceKey;
        this.arguments = arguments == null ? new Object[0] : arguments;
    }

    /**
     * Goes on only when {@code confirmed}; otherwise asks, naming the consequence: a message key whose text says what
     * will happen and that it cannot be undone, with its arguments (how many projects, which round …).
     */
    public static void unless(boolean confirmed, String consequenceKey, Object... arguments) {
        if (!confirmed) {
            throw new ConfirmationRequired(consequenceKey, arguments);
        }
    }

    public String consequenceKey() {
        return consequenceKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
