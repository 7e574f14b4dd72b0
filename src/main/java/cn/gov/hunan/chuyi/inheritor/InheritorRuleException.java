package cn.gov.hunan.chuyi.inheritor;

/** A change the rules refuse; the key says why, in the reader's language. */
class InheritorRuleException extends RuntimeException {

    private final String messageKey;

    InheritorRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
