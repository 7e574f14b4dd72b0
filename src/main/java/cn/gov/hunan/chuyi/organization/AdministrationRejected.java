package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A change of 省属 or 主管部门 that breaks a rule; the key says why in the reader's language. */
public class AdministrationRejected extends RuleViolation {

    AdministrationRejected(String messageKey) {
        super(messageKey);
    }
}
