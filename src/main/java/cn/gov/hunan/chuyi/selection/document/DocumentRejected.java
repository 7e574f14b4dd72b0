package cn.gov.hunan.chuyi.selection.document;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A document number the rules refuse, with the field it belongs to. */
public class DocumentRejected extends RuleViolation {

    private final String field;

    public DocumentRejected(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
