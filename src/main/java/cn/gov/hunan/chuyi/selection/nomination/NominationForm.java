package cn.gov.hunan.chuyi.selection.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The content a school edits. Only lengths and number ranges are checked on save, so a draft can be
 * saved half-done; completeness is checked on submission.
 */
public class NominationForm {

    @NotBlank(message = "{selection.nomination.missing.title}")
    @Size(max = 200, message = "{selection.nomination.error.length}")
    private String title;

    @Size(max = 100, message = "{selection.nomination.error.length}")
    private String leadSpecialty;

    @Size(max = 500, message = "{selection.nomination.error.length}")
    private String memberSpecialties;

    @Size(max = 500, message = "{selection.nomination.error.length}")
    private String partnerEnterprises;

    @Min(value = 0, message = "{selection.nomination.error.number}")
    @Max(value = 10_000_000, message = "{selection.nomination.error.number}")
    private Integer siteAreaM2;

    @Min(value = 0, message = "{selection.nomination.error.number}")
    @Max(value = 100_000, message = "{selection.nomination.error.number}")
    private Integer workStations;

    @Size(max = 1000, message = "{selection.nomination.error.length}")
    private String groupMembers;

    @Size(max = 200, message = "{selection.nomination.error.length}")
    private String venue;

    @Min(value = 0, message = "{selection.nomination.error.number}")
    @Max(value = 1_000_000, message = "{selection.nomination.error.number}")
    private Integer exhibitionAreaM2;

    @Size(max = 50, message = "{selection.nomination.error.length}")
    private String personName;

    @Size(max = 100, message = "{selection.nomination.error.length}")
    private String personRole;

    @Size(max = 2000, message = "{selection.nomination.error.length}")
    private String achievements;

    @Size(max = 1000, message = "{selection.nomination.error.length}")
    private String awards;

    @Size(max = 4000, message = "{selection.nomination.error.length}")
    private String summary;

    @Size(max = 8000, message = "{selection.nomination.error.length}")
    private String foundation;

    @Size(max = 8000, message = "{selection.nomination.error.length}")
    private String plan;

    @Size(max = 4000, message = "{selection.nomination.error.length}")
    private String safeguards;

    private long version;

    static NominationForm of(NominationView n) {
        var f = new NominationForm();
        var c = n.content();
        f.title = n.title();
        f.leadSpecialty = c.getLeadSpecialty();
        f.memberSpecialties = c.getMemberSpecialties();
        f.partnerEnterprises = c.getPartnerEnterprises();
        f.siteAreaM2 = c.getSiteAreaM2();
        f.workStations = c.getWorkStations();
        f.groupMembers = c.getGroupMembers();
        f.venue = c.getVenue();
        f.exhibitionAreaM2 = c.getExhibitionAreaM2();
        f.personName = c.getPersonName();
        f.personRole = c.getPersonRole();
        f.achievements = c.getAchievements();
        f.awards = c.getAwards();
        f.summary = c.getSummary();
        f.foundation = c.getFoundation();
        f.plan = c.getPlan();
        f.safeguards = c.getSafeguards();
        f.version = n.version();
        return f;
    }

    NominationContent toContent() {
        return new NominationContent(
                leadSpecialty,
                memberSpecialties,
                partnerEnterprises,
                siteAreaM2,
                workStations,
                groupMembers,
                venue,
                exhibitionAreaM2,
                personName,
                personRole,
                achievements,
                awards,
                summary,
                foundation,
                plan,
                safeguards);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        this.title = v;
    }

    public String getLeadSpecialty() {
        return leadSpecialty;
    }

    public void setLeadSpecialty(String v) {
        this.leadSpecialty = v;
    }

    public String getMemberSpecialties() {
        return memberSpecialties;
    }

    public void setMemberSpecialties(String v) {
        this.memberSpecialties = v;
    }

    public String getPartnerEnterprises() {
        return partnerEnterprises;
    }

    public void setPartnerEnterprises(String v) {
        this.partnerEnterprises = v;
    }

    public Integer getSiteAreaM2() {
        return siteAreaM2;
    }

    public void setSiteAreaM2(Integer v) {
        this.siteAreaM2 = v;
    }

    public Integer getWorkStations() {
        return workStations;
    }

    public void setWorkStations(Integer v) {
        this.workStations = v;
    }

    public String getGroupMembers() {
        return groupMembers;
    }

    public void setGroupMembers(String v) {
        this.groupMembers = v;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String v) {
        this.venue = v;
    }

    public Integer getExhibitionAreaM2() {
        return exhibitionAreaM2;
    }

    public void setExhibitionAreaM2(Integer v) {
        this.exhibitionAreaM2 = v;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String v) {
        this.personName = v;
    }

    public String getPersonRole() {
        return personRole;
    }

    public void setPersonRole(String v) {
        this.personRole = v;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String v) {
        this.achievements = v;
    }

    public String getAwards() {
        return awards;
    }

    public void setAwards(String v) {
        this.awards = v;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String v) {
        this.summary = v;
    }

    public String getFoundation() {
        return foundation;
    }

    public void setFoundation(String v) {
        this.foundation = v;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String v) {
        this.plan = v;
    }

    public String getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(String v) {
        this.safeguards = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        this.version = v;
    }
}
