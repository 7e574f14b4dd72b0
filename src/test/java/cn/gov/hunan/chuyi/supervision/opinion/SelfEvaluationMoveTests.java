package cn.gov.hunan.chuyi.supervision.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The self-evaluation's table, walked move × state × role through the report itself. */
class SelfEvaluationMoveTests {

    static final Set<String> ALLOWED = Set.of(
            "SAVE DRAFT CITY_OFFICER", "SAVE DRAFT SCHOOL_ADMIN",
            "SUBMIT DRAFT CITY_OFFICER", "SUBMIT DRAFT SCHOOL_ADMIN");

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (SelfEvaluationMove move : SelfEvaluationMove.values()) {
            for (SelfEvaluationStatus status : SelfEvaluationStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeOnlyFromItsStatesByItsRoles(SelfEvaluationMove move, SelfEvaluationStatus status, Role role) {
        SelfEvaluation report = in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        assertThat(move.allowedFrom(status) && move.mayBeMadeBy(role)).isEqualTo(allowed);
        if (allowed) {
            make(report, move, role);
            assertThat(report.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(report, move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage(SelfEvaluationMove.REFUSAL);
            assertThat(report.status()).isEqualTo(status);
        }
    }

    @Test
    void anEmptyReportIsNotSubmittedAndNoMoveIsTheScheduledJobs() {
        SelfEvaluation empty = new SelfEvaluation(1L);
        empty.save(Role.CITY_OFFICER, null, "loudi", Instant.now());
        assertThatThrownBy(() -> empty.submit(Role.CITY_OFFICER, "loudi", Instant.now()))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.selfEvaluation.error.narrative");
        assertThat(empty.status()).isEqualTo(SelfEvaluationStatus.DRAFT);
        assertThat(SelfEvaluationMove.values()).noneMatch(SelfEvaluationMove::scheduled);
    }

    static SelfEvaluation in(SelfEvaluationStatus status) {
        SelfEvaluation report = new SelfEvaluation(1L);
        report.save(Role.CITY_OFFICER, "自评", "loudi", Instant.now());
        if (status == SelfEvaluationStatus.SUBMITTED) {
            report.submit(Role.CITY_OFFICER, "loudi", Instant.now());
        }
        return report;
    }

    private static void make(SelfEvaluation report, SelfEvaluationMove move, Role role) {
        switch (move) {
            case SAVE -> report.save(role, "修改", "loudi", Instant.now());
            case SUBMIT -> report.submit(role, "loudi", Instant.now());
        }
    }
}
