package cn.gov.hunan.chuyi.attachment;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An upload the portal refuses; carries the message key that tells the user why, and its arguments. */
public class AttachmentRejected extends RuleViolation {

    public AttachmentRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public AttachmentRejected at(String field) {
        super.at(field);
        return this;
    }
}
