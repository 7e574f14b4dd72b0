package cn.gov.hunan.chuyi.attachment;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An upload the portal refuses; carries the message key that tells the user why. */
public class AttachmentRejected extends RuleViolation {

    public AttachmentRejected(String messageKey) {
        super(messageKey);
    }
}
