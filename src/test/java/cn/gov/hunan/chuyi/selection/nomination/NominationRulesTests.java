package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The nomination rules that were reached only through the database: city limit, places per organisation, completeness. */
class NominationRulesTests {

    private static final List<String> COMMON = List.of("title", "summary", "foundation", "plan", "safeguards");

    private static NominationContent complete(NominationContent.FieldSet fields) {
        var form = new NominationForm();
        form.setSummary("概述");
        form.setFoundation("基础");
        form.setPlan("计划");
        form.setSafeguards("保障");
        form.setLeadSpecialty("机电一体化技术");
        form.setMemberSpecialties("工业机器人技术");
        form.setPartnerEnterprises("三一重工");
        form.setSiteAreaM2(1200);
        form.setWorkStations(80);
        form.setGroupMembers("成员单位");
        form.setVenue("校史馆");
        form.setExhibitionAreaM2(300);
        form.setPersonName("张三");
        form.setPersonRole("教师");
        form.setAchievements("全国技能大赛一等奖");
        return form.toContent();
    }

    @Test
    void aCityRecommendsUpToTheRoundsLimitAndWithoutOneAsManyAsItLikes() {
        assertThat(CityLimit.allowsAnother(null, 1000)).isTrue();
        assertThat(CityLimit.allowsAnother(3, 2)).isTrue();
        assertThat(CityLimit.allowsAnother(3, 3)).isFalse();
        assertThat(CityLimit.allowsAnother(0, 0)).isFalse();
    }

    @Test
    void onlyNominationsTheCityPassedOnAndTheDepartmentStillWeighsHoldAPlace() {
        assertThat(CityLimit.COUNTED)
                .containsExactlyInAnyOrder(
                        NominationStatus.RECOMMENDED,
                        NominationStatus.ELIGIBLE,
                        NominationStatus.INELIGIBLE,
                        NominationStatus.UNDER_REVIEW);
        assertThat(CityLimit.COUNTED)
                .doesNotContain(NominationStatus.SUBMITTED, NominationStatus.RETURNED, NominationStatus.WITHDRAWN);
    }

    @Test
    void anOrganisationFilesTheRoundsNumberButNoMoreThanTheDesignationsItMayStillReceive() {
        assertThat(NominationService.allowed(2, null))
                .as("no limit in the programme")
                .isEqualTo(2);
        assertThat(NominationService.allowed(2, 5L)).isEqualTo(2);
        assertThat(NominationService.allowed(3, 1L)).isEqualTo(1);
        assertThat(NominationService.allowed(1, 0L))
                .as("already holds as many as allowed")
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(NominationContent.FieldSet.class)
    void anEmptyNominationLacksTheCommonPartsItsProgrammesPartsAndAnAttachment(NominationContent.FieldSet fields) {
        List<String> expected = new ArrayList<>();
        COMMON.forEach(part -> expected.add("selection.nomination.missing." + part));
        fields.parts().forEach(part -> expected.add("selection.nomination.missing." + part));
        expected.add("selection.nomination.missing.attachment");
        assertThat(NominationCompleteness.gaps(null, new NominationContent(), fields, false))
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(NominationContent.FieldSet.class)
    void aCompleteNominationLacksNothing(NominationContent.FieldSet fields) {
        assertThat(NominationCompleteness.gaps("申报书", complete(fields), fields, true))
                .isEmpty();
    }

    @Test
    void blankTextCountsAsMissing() {
        assertThat(NominationCompleteness.gaps(
                        "  ", complete(NominationContent.FieldSet.SCHOOL), NominationContent.FieldSet.SCHOOL, true))
                .containsExactly("selection.nomination.missing.title");
    }

    @Test
    void eachProgrammeAsksForItsOwnParts() {
        assertThat(NominationContent.FieldSet.SCHOOL.parts()).isEmpty();
        assertThat(NominationContent.FieldSet.of("HIGHER_VOC_CLUSTER").asks("leadSpecialty"))
                .isTrue();
        assertThat(NominationContent.FieldSet.of("TRAINING_BASE").asks("workStations"))
                .isTrue();
        assertThat(NominationContent.FieldSet.of("CULTURE_BASE").asks("leadSpecialty"))
                .isFalse();
    }
}
