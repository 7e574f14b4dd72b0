package cn.gov.hunan.chuyi.audit;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

/** An audit row as the auditor's page and the CSV show it (time in Asia/Shanghai). */
public record AuditView(
        long id,
        LocalDateTime at,
        String actor,
        String actorIp,
        String action,
        String targetType,
        String targetId,
        String outcome,
        String details) {

    /** The details of an API call: method and status, the problem's slug when refused, the query ({@code api}). */
    private static final Pattern API_CALL = Pattern.compile("(\\S+ \\d{3}) ([a-z][a-z0-9-]*)( \\?.*)?", Pattern.DOTALL);

    /** Whether the action did not go through (refused, denied, failed): the auditor's page marks the row. */
    public boolean unsuccessful() {
        return !"SUCCESS".equals(outcome);
    }

    /**
     * The details of an API call refused or failed ({@code GET 401 expired-key ?page=2}) split around its problem's
     * slug, which the row keeps language-neutral and the page names in the reader's language
     * ({@code AuditProblem.<slug>}); null for any other row, and for a call answered without a problem.
     */
    public RefusedApiCall refusedApiCall() {
        if (!"API_CALL".equals(action) || details == null) {
            return null;
        }
        var parts = API_CALL.matcher(details);
        return parts.matches()
                ? new RefusedApiCall(parts.group(1), parts.group(2), parts.group(3) == null ? "" : parts.group(3))
                : null;
    }

    /**
     * An API call's details in three parts.
     *
     * @param call the method and the status ({@code GET 401})
     * @param problem the slug of the problem's type ({@code expired-key})
     * @param query the query after a space ({@code " ?page=2"}), or empty
     */
    public record RefusedApiCall(String call, String problem, String query) {}
}
