package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * An objection (or a look-up of one) the rules refuse, with every reason at once: each problem names the form
 * field it belongs to (null for the form as a whole), so the form comes back with the message beside the field.
 */
public class ObjectionRejected extends RuleViolation {

    /** One reason: the field (null = the whole form), the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    private final transient List<Problem> problems;

    ObjectionRejected(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    ObjectionRejected(String messageKey, Object... arguments) {
        this(List.of(new Problem(null, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts each problem on the form: beside its field, or above the form. */
    public void reportTo(Errors errors) {
        for (Problem p : problems) {
            if (p.field() == null) {
                errors.reject(p.messageKey(), p.arguments(), p.messageKey());
            } else {
                errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
