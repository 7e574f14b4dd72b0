package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/**
 * A change the rules refuse (a missing reason or year, an award on a decided nomination); the key says why, in the
 * reader's language. A move the table does not allow is a {@link cn.gov.hunan.chuyi.shared.MoveRejected}.
 */
class InheritorRejected extends RuleViolation {

    InheritorRejected(String messageKey) {
        super(messageKey);
    }
}
