package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A bulletin the rules refuse: results not published, issued already, a missing or taken number, a bad date. */
public class BulletinRejected extends RuleViolation {

    public BulletinRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
