package cn.gov.hunan.chuyi.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form province staff use to record whether the province runs an organisation and its competent authority. */
class AdministrationForm {

    private boolean provinceRun;

    @Size(max = 100, message = "{organization.administration.error.authority}")
    private String competentAuthority;

    @NotBlank(message = "{organization.administration.error.reason}")
    @Size(max = 500, message = "{organization.administration.error.reason}")
    private String reason;

    private long version;

    static AdministrationForm of(OrganizationProfile organization) {
        var form = new AdministrationForm();
        form.provinceRun = organization.provinceRun();
        form.competentAuthority = organization.competentAuthority();
        form.version = organization.version();
        return form;
    }

    public boolean isProvinceRun() {
        return provinceRun;
    }

    public void setProvinceRun(boolean provinceRun) {
        this.provinceRun = provinceRun;
    }

    public String getCompetentAuthority() {
        return competentAuthority;
    }

    public void setCompetentAuthority(String competentAuthority) {
        this.competentAuthority = competentAuthority;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
