package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import org.springframework.web.multipart.MultipartFile;

/**
 * The objection form of a public notice, with its optional evidence file. Only these fields bind; the service
 * checks them all and the form comes back with what was typed and a message beside each field.
 */
public class ObjectionForm {

    private MultipartFile file;

    private String nominationId;
    private String name;
    private String telephone;
    private String reason;

    LodgeObjection toCommand() {
        Long nomination = nominationId != null && nominationId.strip().matches("[0-9]{1,18}")
                ? Long.valueOf(nominationId.strip())
                : null;
        return new LodgeObjection(nomination, name, telephone, reason);
    }

    public String getNominationId() {
        return nominationId;
    }

    public void setNominationId(String nominationId) {
        this.nominationId = nominationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getReason() {
        return reason;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    boolean hasFile() {
        return AttachmentStore.chosen(file);
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
