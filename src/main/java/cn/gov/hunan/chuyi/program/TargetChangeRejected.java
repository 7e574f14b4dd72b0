package cn.gov.hunan.chuyi.program;

/** A target change that breaks a rule; carries the message key that explains it to the user. */
public class TargetChangeRejected extends RuntimeException {

    private final String messageKey;

    public TargetChangeRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
