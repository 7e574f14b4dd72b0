package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An assignment or a score the rules refuse: the round not in review, a conflict of interest, a score out of range … */
public class ReviewRejected extends RuleViolation {

    public ReviewRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
