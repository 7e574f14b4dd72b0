package cn.gov.hunan.chuyi.selection.nomination;

import java.util.List;

/** A submission that misses required content; lists a message key per gap. */
public class NominationIncomplete extends RuntimeException {

    private final List<String> messageKeys;

    public NominationIncomplete(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
