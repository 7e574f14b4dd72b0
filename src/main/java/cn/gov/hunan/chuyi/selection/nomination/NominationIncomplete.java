package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;

/** A submission that misses required content; lists a message key per gap ({@link NominationCompleteness}). */
public class NominationIncomplete extends RuleViolation {

    private final transient List<String> messageKeys;

    public NominationIncomplete(List<String> messageKeys) {
        super("selection.nomination.error.incomplete");
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
