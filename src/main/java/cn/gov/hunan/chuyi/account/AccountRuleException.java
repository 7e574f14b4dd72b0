package cn.gov.hunan.chuyi.account;

import java.util.List;

/** An account change the rules refuse; the keys say why, in the reader's language. */
class AccountRuleException extends RuntimeException {

    private final List<String> messageKeys;

    AccountRuleException(String messageKey) {
        this(List.of(messageKey));
    }

    AccountRuleException(List<String> messageKeys) {
        super(String.join(",", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    String messageKey() {
        return messageKeys.get(0);
    }

    List<String> messageKeys() {
        return messageKeys;
    }
}
