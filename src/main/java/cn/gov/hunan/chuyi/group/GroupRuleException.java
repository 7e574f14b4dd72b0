package cn.gov.hunan.chuyi.group;

/** A group change the rules refuse; the key says why, in the reader's language. */
class GroupRuleException extends RuntimeException {

    private final String messageKey;

    GroupRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
