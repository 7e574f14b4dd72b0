package cn.gov.hunan.chuyi.selection.expert;

import jakarta.validation.constraints.Size;

/** The form staff use to record an expert's title and fields of expertise (terms separated by 、 or commas). */
class ExpertForm {

    @Size(max = 50, message = "{selection.expert.error.title}")
    private String title;

    @Size(max = 500, message = "{selection.expert.error.fields}")
    private String fields;

    private long version;

    static ExpertForm of(ExpertLine expert) {
        var form = new ExpertForm();
        form.title = expert.title();
        form.fields = expert.fieldsText();
        form.version = expert.version();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
