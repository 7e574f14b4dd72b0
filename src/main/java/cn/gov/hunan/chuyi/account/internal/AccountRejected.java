package cn.gov.hunan.chuyi.account.internal;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;

/** An account change the rules refuse; the keys say why, in the reader's language (the first one when redirected). */
public class AccountRejected extends RuleViolation {

    private final List<String> messageKeys;

    public AccountRejected(String messageKey) {
        this(List.of(messageKey));
    }

    public AccountRejected(List<String> messageKeys) {
        super(messageKeys.get(0));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
