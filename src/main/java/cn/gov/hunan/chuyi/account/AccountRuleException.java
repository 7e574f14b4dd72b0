package cn.gov.hunan.chuyi.account;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;

/** An account change the rules refuse; the keys say why, in the reader's language (the first one when redirected). */
class AccountRuleException extends RuleViolation {

    private final List<String> messageKeys;

    AccountRuleException(String messageKey) {
        this(List.of(messageKey));
    }

    AccountRuleException(List<String> messageKeys) {
        super(messageKeys.get(0));
        this.messageKeys = List.copyOf(messageKeys);
    }

    List<String> messageKeys() {
        return messageKeys;
    }
}
