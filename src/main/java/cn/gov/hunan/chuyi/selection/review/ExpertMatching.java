package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.selection.expert.Expertise;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which experts may review a nomination, and in which order they are proposed — the conflict-of-interest rules and
 * the matching, without the database. An expert may not review a nomination of their own organisation, of an
 * organisation sharing a vocational-education group with it ({@code partners}), of their own city when the round
 * says so, nor one they are already on (or withdrew from). Among those left, experts whose fields match the
 * programme, the nomination's title or its specialties come first, then the lightest load in the round, then the
 * oldest account (so the order is stable).
 *
 * @param applicant the nominating organisation
 * @param applicantCity the nomination's city
 * @param excludeSameCity whether the round keeps experts of the applicant's city away
 * @param partners organisations sharing a group with the applicant
 * @param already experts already on the nomination, including those who withdrew for a conflict
 */
record ExpertMatching(
        long applicant, String applicantCity, boolean excludeSameCity, Set<Long> partners, Set<Long> already) {

    /** Whether the expert (working in {@code expertCity}, null when unknown) may review the nomination. */
    boolean mayReview(UserSummary expert, String expertCity) {
        return !already.contains(expert.id())
                && !Objects.equals(expert.organizationId(), applicant)
                && (expert.organizationId() == null || !partners.contains(expert.organizationId()))
                && (!excludeSameCity || !Objects.equals(expertCity, applicantCity));
    }

    /** The experts who may review, in the order they are proposed. */
    List<UserSummary> candidates(
            List<UserSummary> experts,
            Map<Long, OrganizationProfile> homes,
            Map<Long, List<String>> fields,
            List<String> texts,
            Map<Long, Long> load) {
        return experts.stream()
                .filter(e -> mayReview(e, cityOf(e, homes)))
                .sorted(Comparator.comparing((UserSummary e) ->
                                Expertise.matches(fields.getOrDefault(e.id(), List.of()), texts) ? 0 : 1)
                        .thenComparing(e -> load.getOrDefault(e.id(), 0L))
                        .thenComparing(UserSummary::id))
                .toList();
    }

    /** An expert's city: their own binding, else their organisation's city. */
    static String cityOf(UserSummary expert, Map<Long, OrganizationProfile> homes) {
        if (expert.cityCode() != null) {
            return expert.cityCode();
        }
        var home = expert.organizationId() == null ? null : homes.get(expert.organizationId());
        return home == null ? null : home.cityCode();
    }
}
