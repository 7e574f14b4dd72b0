package cn.gov.hunan.chuyi.selection.nomination;

import java.util.ArrayList;
import java.util.List;

/**
 * What a nomination must hold before it is submitted: the common parts, the parts its programme's field set asks for,
 * and at least one attachment. Each gap is a message key ({@code selection.nomination.missing.<field>}).
 */
final class NominationCompleteness {

    private NominationCompleteness() {}

    /** What a submission still lacks, as message keys; empty when it is complete. */
    static List<String> gaps(String title, NominationContent c, NominationContent.FieldSet fields, boolean hasAttachments) {
        List<String> gaps = new ArrayList<>();
        require(gaps, title, "title");
        require(gaps, c.getSummary(), "summary");
        require(gaps, c.getFoundation(), "foundation");
        require(gaps, c.getPlan(), "plan");
        require(gaps, c.getSafeguards(), "safeguards");
        switch (fields) {
            case CLUSTER -> {
                require(gaps, c.getLeadSpecialty(), "leadSpecialty");
                require(gaps, c.getMemberSpecialties(), "memberSpecialties");
            }
            case TRAINING_BASE -> {
                require(gaps, c.getPartnerEnterprises(), "partnerEnterprises");
                require(gaps, c.getSiteAreaM2(), "siteAreaM2");
                require(gaps, c.getWorkStations(), "workStations");
            }
            case GROUP -> require(gaps, c.getGroupMembers(), "groupMembers");
            case CULTURE_BASE -> {
                require(gaps, c.getVenue(), "venue");
                require(gaps, c.getExhibitionAreaM2(), "exhibitionAreaM2");
            }
            case PERSON -> {
                require(gaps, c.getPersonName(), "personName");
                require(gaps, c.getPersonRole(), "personRole");
                require(gaps, c.getAchievements(), "achievements");
            }
            case SCHOOL -> { }
        }
        if (!hasAttachments) {
            gaps.add("selection.nomination.missing.attachment");
        }
        return gaps;
    }

    private static void require(List<String> gaps, Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            gaps.add("selection.nomination.missing." + field);
        }
    }
}
