package cn.gov.hunan.chuyi.supervision;

/** An action the supervision rules do not allow now; carries a message key for the user. */
public class SupervisionException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public SupervisionException(String messageKey, Object... arguments) {
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
