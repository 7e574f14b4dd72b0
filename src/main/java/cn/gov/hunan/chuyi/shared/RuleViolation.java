package cn.gov.hunan.chuyi.shared;

import java.util.List;

/**
 * An action the rules refuse, with the message key (and arguments) that tell the user why in their language.
 * Every module's refusal extends it; one advice in the web module sends the user back to the page they came
 * from with the reason. Forms with typed input catch their refusals themselves and re-render, so nothing is lost.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private String field;

    protected RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * Names the form field the refusal is about (the posted parameter's name), so that the form shows the reason
     * beside that field. Set where the refusal is raised, before it is thrown.
     */
    public RuleViolation at(String field) {
        this.field = field;
        return this;
    }

    /** The form field the refusal is about, or null when it concerns the form as a whole. */
    public String field() {
        return field;
    }

    /**
     * What the refusal lists under its reason, one message key per item (everything a submission still lacks), so that
     * a single refusal names all of it; empty for a refusal with one reason.
     */
    public List<String> itemKeys() {
        return List.of();
    }
}
