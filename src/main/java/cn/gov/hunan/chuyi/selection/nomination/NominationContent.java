package cn.gov.hunan.chuyi.selection.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * What a nomination says: programme-specific fields (each programme uses some, see {@link FieldSet}) and
 * the narrative sections every nomination has.
 */
@Embeddable
public class NominationContent {

    @Column(name = "lead_specialty")
    private String leadSpecialty;

    @Column(name = "member_specialties")
    private String memberSpecialties;

    @Column(name = "partner_enterprises")
    private String partnerEnterprises;

    @Column(name = "site_area_m2")
    private Integer siteAreaM2;

    @Column(name = "work_stations")
    private Integer workStations;

    @Column(name = "group_members")
    private String groupMembers;

    private String venue;

    @Column(name = "exhibition_area_m2")
    private Integer exhibitionAreaM2;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "person_role")
    private String personRole;

    private String achievements;

    private String awards;

    private String summary;

    private String foundation;

    private String plan;

    private String safeguards;

    public NominationContent() {}

    @SuppressWarnings("checkstyle:ParameterNumber")
    NominationContent(
            String leadSpecialty,
            String memberSpecialties,
            String partnerEnterprises,
            Integer siteAreaM2,
            Integer workStations,
            String groupMembers,
            String venue,
            Integer exhibitionAreaM2,
            String personName,
            String personRole,
            String achievements,
            String awards,
            String summary,
            String foundation,
            String plan,
            String safeguards) {
        this.leadSpecialty = leadSpecialty;
        this.memberSpecialties = memberSpecialties;
        this.partnerEnterprises = partnerEnterprises;
        this.siteAreaM2 = siteAreaM2;
        this.workStations = workStations;
        this.groupMembers = groupMembers;
        this.venue = venue;
        this.exhibitionAreaM2 = exhibitionAreaM2;
        this.personName = personName;
        this.personRole = personRole;
        this.achievements = achievements;
        this.awards = awards;
        this.summary = summary;
        this.foundation = foundation;
        this.plan = plan;
        this.safeguards = safeguards;
    }

    /** Which programme-specific fields a programme asks for (product.md §4). */
    /** The parts a programme's nominations hold beyond the common narrative, named as the form's fields. */
    public enum FieldSet {
        SCHOOL(),
        CLUSTER("leadSpecialty", "memberSpecialties"),
        TRAINING_BASE("partnerEnterprises", "siteAreaM2", "workStations"),
        GROUP("groupMembers"),
        CULTURE_BASE("venue", "exhibitionAreaM2"),
        PERSON("personName", "personRole", "achievements");

        private final List<String> parts;

        FieldSet(String... parts) {
            this.parts = List.of(parts);
        }

        public static FieldSet of(String programCode) {
            return switch (programCode) {
                case "UNDERGRAD_CLUSTER", "HIGHER_VOC_CLUSTER", "SECONDARY_SPECIALTY", "TECHNICIAN_SPECIALTY" ->
                    CLUSTER;
                case "TRAINING_BASE" -> TRAINING_BASE;
                case "VOC_GROUP" -> GROUP;
                case "CULTURE_BASE" -> CULTURE_BASE;
                case "INHERITOR" -> PERSON;
                default -> SCHOOL;
            };
        }

        /** The programme's own parts (each required on submission: {@link NominationCompleteness}). */
        public List<String> parts() {
            return parts;
        }

        /** Whether the form and the page show this part (the pages ask, they do not compare set names). */
        public boolean asks(String part) {
            return parts.contains(part);
        }
    }

    /** One of a programme's parts by its field name ({@link FieldSet#parts()}). */
    Object part(String name) {
        return switch (name) {
            case "leadSpecialty" -> leadSpecialty;
            case "memberSpecialties" -> memberSpecialties;
            case "partnerEnterprises" -> partnerEnterprises;
            case "siteAreaM2" -> siteAreaM2;
            case "workStations" -> workStations;
            case "groupMembers" -> groupMembers;
            case "venue" -> venue;
            case "exhibitionAreaM2" -> exhibitionAreaM2;
            case "personName" -> personName;
            case "personRole" -> personRole;
            case "achievements" -> achievements;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public String getLeadSpecialty() {
        return leadSpecialty;
    }

    public String getMemberSpecialties() {
        return memberSpecialties;
    }

    public String getPartnerEnterprises() {
        return partnerEnterprises;
    }

    public Integer getSiteAreaM2() {
        return siteAreaM2;
    }

    public Integer getWorkStations() {
        return workStations;
    }

    public String getGroupMembers() {
        return groupMembers;
    }

    public String getVenue() {
        return venue;
    }

    public Integer getExhibitionAreaM2() {
        return exhibitionAreaM2;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonRole() {
        return personRole;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getAwards() {
        return awards;
    }

    public String getSummary() {
        return summary;
    }

    public String getFoundation() {
        return foundation;
    }

    public String getPlan() {
        return plan;
    }

    public String getSafeguards() {
        return safeguards;
    }
}
