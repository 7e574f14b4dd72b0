package cn.gov.hunan.chuyi.account.password;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/**
 * A change of one's own password refused because the name is locked, before this attempt or by it (too many wrong
 * current passwords). Not an authentication exception: it is thrown inside a signed-in request, and the controller
 * that catches it ends the session that asked, as a refused sign-in would, and sends it to the sign-in page.
 */
public class LockoutRejected extends RuleViolation {

    LockoutRejected() {
        super("account.login.locked");
    }
}
