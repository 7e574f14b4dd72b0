package cn.gov.hunan.chuyi.api;

/**
 * Every kind of answer the API refuses or fails with, as an RFC 9457 problem type: the status it is sent with, and
 * the slug of its {@code type} URI ({@value #TYPE_PREFIX}&lt;slug&gt;, an identifier, not a link) and of its texts in
 * the api bundle ({@code api.problem.<slug>.title}, {@code .detail}).
 */
enum ApiProblem {
    MISSING_KEY(401, "missing-key"),
    UNKNOWN_KEY(401, "unknown-key"),
    REVOKED_KEY(401, "revoked-key"),
    EXPIRED_KEY(401, "expired-key"),
    SCOPE_MISSING(403, "scope-missing"),
    FORBIDDEN(403, "forbidden"),
    NO_SUCH_PATH(404, "no-such-path"),
    NO_SUCH_RECORD(404, "no-such-record"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    RATE_LIMITED(429, "rate-limited"),
    BAD_PARAMETER(400, "bad-parameter"),
    BAD_REQUEST(400, "bad-request"),
    REQUEST_REJECTED(400, "request-rejected"),
    INTERNAL_ERROR(500, "internal-error"),
    /** Any other status Spring sends (413, 415 …): sent with that status. */
    REFUSED(400, "refused");

    static final String TYPE_PREFIX = "tag:chuyi.hunan.gov.cn,2026:api/problem/";

    private final int status;
    private final String slug;

    ApiProblem(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String type() {
        return TYPE_PREFIX + slug;
    }

    /** The problem for a status Spring sends as an error ({@code sendError}) before or after a controller. */
    static ApiProblem ofStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> MISSING_KEY;
            case 403 -> FORBIDDEN;
            case 404 -> NO_SUCH_PATH;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? INTERNAL_ERROR : REFUSED;
        };
    }
}
