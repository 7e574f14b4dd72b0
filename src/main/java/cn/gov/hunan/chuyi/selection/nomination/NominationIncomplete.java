package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;

/**
 * A submission that misses required parts: lists a message key per gap ({@link NominationCompleteness}), the sealed
 * page among them when it is missing too ({@link SealedPageRule}), so that one refusal names everything.
 */
public class NominationIncomplete extends RuleViolation {

    private final transient List<String> messageKeys;

    public NominationIncomplete(List<String> messageKeys) {
        super("selection.nomination.error.incomplete");
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }

    @Override
    public List<String> itemKeys() {
        return messageKeys;
    }
}
