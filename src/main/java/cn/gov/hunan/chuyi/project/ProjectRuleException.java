package cn.gov.hunan.chuyi.project;

/** A project change the rules do not allow; carries a message key for the user. */
public class ProjectRuleException extends RuntimeException {

    private final String messageKey;

    public ProjectRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
