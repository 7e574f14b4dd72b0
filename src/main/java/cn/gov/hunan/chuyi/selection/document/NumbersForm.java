package cn.gov.hunan.chuyi.selection.document;

/** The document numbers form; comes back with what was typed when a number is refused. */
public class NumbersForm {

    private String noticeNumber;
    private String designationNumber;
    private long version;

    static NumbersForm of(OfficialDocuments.Numbers numbers) {
        NumbersForm form = new NumbersForm();
        form.noticeNumber = numbers.notice();
        form.designationNumber = numbers.designation();
        form.version = numbers.version();
        return form;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public void setNoticeNumber(String noticeNumber) {
        this.noticeNumber = noticeNumber;
    }

    public String getDesignationNumber() {
        return designationNumber;
    }

    public void setDesignationNumber(String designationNumber) {
        this.designationNumber = designationNumber;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
