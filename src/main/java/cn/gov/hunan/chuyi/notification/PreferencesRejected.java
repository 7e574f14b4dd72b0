package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;
import org.springframework.validation.Errors;

/** Notice preferences the rules refuse, with every reason beside its field, so the form comes back as typed. */
public class PreferencesRejected extends RuleViolation {

    /** One reason: the form field and the message key. */
    public record Problem(String field, String messageKey) {}

    private final transient List<Problem> problems;

    PreferencesRejected(List<Problem> problems) {
        super(problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
        at(problems.get(0).field());
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts each reason beside its field. */
    void reportTo(Errors errors) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.messageKey()));
    }
}
