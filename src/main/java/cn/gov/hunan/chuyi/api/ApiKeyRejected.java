package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A key that cannot be issued or revoked as asked, with the reason in the user's language. */
public class ApiKeyRejected extends RuleViolation {

    public ApiKeyRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
