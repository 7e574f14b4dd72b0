package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tier table (动态调整), walked move × tier × role through the entity, and only on a running project. */
class TierMoveTests {

    @ParameterizedTest
    @EnumSource(TierMove.class)
    void eachTierMoveIsMadeOnlyFromItsTierAndOnlyByTheDepartment(TierMove move) {
        for (Tier tier : Tier.values()) {
            for (Role role : Role.values()) {
                var project = withTier(tier);
                boolean allowed = move.from().contains(tier) && role == Role.PROVINCE_ADMIN;
                if (allowed) {
                    assertThat(project.moveTier(move, role)).isEqualTo(tier);
                    assertThat(Tier.of(project.tier())).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> project.moveTier(move, role))
                            .as("%s from %s by %s", move, tier, role)
                            .isInstanceOf(MoveRejected.class)
                            .hasMessage("evaluation.error.tier");
                    assertThat(Tier.of(project.tier())).isEqualTo(tier);
                }
            }
            assertThat(move.mayBeMadeBy(null)).as("no job adjusts a tier").isFalse();
        }
    }

    @Test
    void raisingGoesBToAAndLoweringAToB() {
        assertThat(TierMove.RAISE.from()).containsExactly(Tier.B);
        assertThat(TierMove.RAISE.to()).isEqualTo(Tier.A);
        assertThat(TierMove.LOWER.from()).containsExactly(Tier.A);
        assertThat(TierMove.LOWER.to()).isEqualTo(Tier.B);
        assertThat(Tier.of("甲")).isEqualTo(Tier.UNSET);
        assertThat(Tier.UNSET.column()).isNull();
    }

    @Test
    void aProjectNoLongerRunningKeepsItsTier() {
        for (ProjectStatus status : ProjectStatus.values()) {
            var project = Projects.in(status);
            if (status.running()) {
                project.moveTier(TierMove.PLACE_B, Role.PROVINCE_ADMIN);
                assertThat(project.tier()).isEqualTo("B");
            } else {
                assertThatThrownBy(() -> project.moveTier(TierMove.PLACE_B, Role.PROVINCE_ADMIN))
                        .as(status.name())
                        .isInstanceOf(MoveRejected.class);
                assertThat(project.tier()).isNull();
            }
        }
    }

    private static DesignatedProject withTier(Tier tier) {
        var project = Projects.designated();
        if (tier != Tier.UNSET) {
            project.moveTier(tier == Tier.A ? TierMove.PLACE_A : TierMove.PLACE_B, Role.PROVINCE_ADMIN);
        }
        return project;
    }
}
