package cn.gov.hunan.chuyi.thinktank;

/** A change to an activity the rules refuse; the key says why, in the reader's language. */
class ActivityRuleException extends RuntimeException {

    private final String messageKey;

    ActivityRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
