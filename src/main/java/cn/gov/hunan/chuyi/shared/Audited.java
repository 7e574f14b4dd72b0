package cn.gov.hunan.chuyi.shared;

/**
 * Something the audit log must keep. Any module publishes it; the audit module appends it with the time, the
 * signed-in user and the client address when the event does not carry them.
 *
 * @param actor who did it; null for the signed-in user
 * @param action what was done, upper case (SIGN_IN, EXPORT, ROLE_GRANT, STATE_CHANGE, ...)
 * @param outcome SUCCESS, FAILURE or DENIED
 */
public record Audited(String actor, String action, String targetType, String targetId, String outcome, String details) {

    public static Audited success(String action, String targetType, Object targetId, String details) {
        return new Audited(null, action, targetType, targetId == null ? null : targetId.toString(), "SUCCESS", details);
    }
}
