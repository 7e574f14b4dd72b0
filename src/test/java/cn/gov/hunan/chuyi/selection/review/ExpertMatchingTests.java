package cn.gov.hunan.chuyi.selection.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conflict-of-interest rules and the order in which experts are proposed, without the database (until now reached
 * only through AssignmentService on PostgreSQL: GroupIT, ExpertPreferenceIT).
 */
class ExpertMatchingTests {

    private static final long APPLICANT = 10;
    private static final long PARTNER = 11;
    private static final long ELSEWHERE_IN_CHANGSHA = 12;
    private static final long IN_LOUDI = 13;
    private static final String CHANGSHA = "430100";
    private static final String LOUDI = "431300";

    private static final Map<Long, OrganizationProfile> HOMES = Map.of(
            APPLICANT,
            home(APPLICANT, CHANGSHA),
            PARTNER,
            home(PARTNER, LOUDI),
            ELSEWHERE_IN_CHANGSHA,
            home(ELSEWHERE_IN_CHANGSHA, CHANGSHA),
            IN_LOUDI,
            home(IN_LOUDI, LOUDI));

    private static OrganizationProfile home(long id, String city) {
        return new OrganizationProfile(
                id,
                "单位" + id,
                OrganizationKind.HIGHER_VOCATIONAL,
                city,
                null,
                false,
                false,
                false,
                null,
                null,
                null,
                0);
    }

    private static UserSummary expert(long id, Long organization) {
        return new UserSummary(id, "expert" + id, "专家" + id, null, organization);
    }

    private static ExpertMatching matching(boolean excludeSameCity, Set<Long> already) {
        return new ExpertMatching(APPLICANT, CHANGSHA, excludeSameCity, Set.of(PARTNER), already);
    }

    @Test
    void anExpertOfTheApplicantOrOfAGroupPartnerNeverReviewsIt() {
        var rules = matching(false, Set.of());
        assertThat(rules.mayReview(expert(1, APPLICANT), CHANGSHA)).isFalse();
        assertThat(rules.mayReview(expert(2, PARTNER), LOUDI)).isFalse();
        assertThat(rules.mayReview(expert(3, IN_LOUDI), LOUDI)).isTrue();
        assertThat(rules.mayReview(expert(4, null), null))
                .as("an expert of no organisation")
                .isTrue();
    }

    @Test
    void anExpertOfTheApplicantsCityIsKeptAwayOnlyWhenTheRoundSaysSo() {
        var sameCity = expert(5, ELSEWHERE_IN_CHANGSHA);
        assertThat(matching(false, Set.of()).mayReview(sameCity, CHANGSHA)).isTrue();
        assertThat(matching(true, Set.of()).mayReview(sameCity, CHANGSHA)).isFalse();
        assertThat(matching(true, Set.of()).mayReview(expert(6, IN_LOUDI), LOUDI))
                .isTrue();
    }

    @Test
    void anExpertsCityIsTheirOwnBindingElseTheirOrganisations() {
        var bound = new UserSummary(7, "expert7", "专家7", LOUDI, ELSEWHERE_IN_CHANGSHA);
        assertThat(ExpertMatching.cityOf(bound, HOMES)).isEqualTo(LOUDI);
        assertThat(ExpertMatching.cityOf(expert(8, ELSEWHERE_IN_CHANGSHA), HOMES))
                .isEqualTo(CHANGSHA);
        assertThat(ExpertMatching.cityOf(expert(9, null), HOMES)).isNull();
    }

    @Test
    void anExpertAlreadyOnTheNominationOrWithdrawnFromItIsNotProposedAgain() {
        assertThat(matching(false, Set.of(3L)).mayReview(expert(3, IN_LOUDI), LOUDI))
                .isFalse();
    }

    @Test
    void matchingFieldsComeFirstThenTheLightestLoadThenTheOldestAccount() {
        var experts = List.of(
                expert(21, IN_LOUDI),
                expert(22, IN_LOUDI),
                expert(23, IN_LOUDI),
                expert(24, IN_LOUDI),
                expert(25, APPLICANT));
        var fields = Map.of(23L, List.of("机电"), 24L, List.of("机电一体化"));
        var texts = List.of("楚怡高水平专业群", "机电一体化技术");
        var load = Map.of(21L, 2L, 22L, 1L, 23L, 3L, 24L, 3L);
        assertThat(matching(false, Set.of()).candidates(experts, HOMES, fields, texts, load))
                .extracting(UserSummary::id)
                .containsExactly(23L, 24L, 22L, 21L);
    }

    @Test
    void theSameCityRuleAppliesThroughTheExpertsOrganisation() {
        var experts = List.of(expert(31, ELSEWHERE_IN_CHANGSHA), expert(32, IN_LOUDI));
        assertThat(matching(true, Set.of()).candidates(experts, HOMES, Map.of(), List.of(), Map.of()))
                .extracting(UserSummary::id)
                .containsExactly(32L);
    }
}
