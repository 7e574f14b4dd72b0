package cn.gov.hunan.chuyi.selection.publicity;

/** The look-up of an objection's disposition: the reference and the telephone given with the objection. */
public class LookupForm {

    private String reference;
    private String telephone;

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }
}
