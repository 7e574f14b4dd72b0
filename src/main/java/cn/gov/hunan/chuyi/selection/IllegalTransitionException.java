package cn.gov.hunan.chuyi.selection;

/** A state change or an action that the rules do not allow now; carries a message key for the user. */
public class IllegalTransitionException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public IllegalTransitionException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
