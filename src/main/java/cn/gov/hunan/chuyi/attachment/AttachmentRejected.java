package cn.gov.hunan.chuyi.attachment;

/** An upload the portal refuses; carries the message key that tells the user why. */
public class AttachmentRejected extends RuntimeException {

    private final String messageKey;

    public AttachmentRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
