package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A batch refused as a whole (no nomination selected, a reason missing, an action not the viewer's): nothing changes. */
public class BatchRejected extends RuleViolation {

    public BatchRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
