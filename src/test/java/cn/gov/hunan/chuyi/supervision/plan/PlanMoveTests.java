package cn.gov.hunan.chuyi.supervision.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.supervision.People;
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

/** The plan's table, walked move × state × role (and the portal's own job, role null) through the plan itself. */
class PlanMoveTests {

    /** What the department's procedure allows, written out independently of the table. */
    static final Set<String> ALLOWED = Set.of("ACTIVATE DRAFT PROVINCE_ADMIN", "PUBLISH ACTIVE PROVINCE_ADMIN");

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (PlanMove move : PlanMove.values()) {
            for (PlanStatus status : PlanStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeOnlyFromItsStatesByItsRoles(PlanMove move, PlanStatus status, Role role) {
        Plan plan = Plans.in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        assertThat(move.allowedFrom(status) && move.mayBeMadeBy(role)).isEqualTo(allowed);
        if (allowed) {
            assertThat(make(plan, move, role)).isEqualTo(status);
            assertThat(plan.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(plan, move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("supervision.plan.error.state");
            assertThat(plan.status()).isEqualTo(status);
        }
    }

    @Test
    void noMoveIsTheScheduledJobs() {
        assertThat(PlanMove.values()).noneMatch(PlanMove::scheduled);
    }

    @Test
    void aPlanWithoutIndicatorsDoesNotStart() {
        Plan plan = new Plan(2026, "t", Plan.Scope.CITIES, Set.of(), null, null, List.of());
        assertThatThrownBy(() -> plan.activate(Role.PROVINCE_ADMIN))
                .isInstanceOf(PlanRejected.class)
                .hasMessage("supervision.plan.error.noIndicators");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aPlanScopedToSchoolsNeedsSchools() {
        assertThatThrownBy(() -> new Plan(2026, "t", Plan.Scope.SCHOOLS, Set.of(), null, null, List.of()))
                .hasMessage("supervision.plan.error.noSchools");
    }

    @Test
    void aUserMakesAMoveInTheRoleTheTableNames() {
        PortalUser admin = People.withRoles(Role.AUDITOR, Role.PROVINCE_ADMIN);
        PortalUser auditor = People.withRoles(Role.AUDITOR);
        assertThat(PlanMove.ACTIVATE.madeAs(admin)).isEqualTo(Role.PROVINCE_ADMIN);
        assertThat(PlanMove.ACTIVATE.madeAs(auditor)).isNull();
        assertThat(PlanMove.ACTIVATE.offeredTo(admin, PlanStatus.DRAFT)).isTrue();
        assertThat(PlanMove.ACTIVATE.offeredTo(admin, PlanStatus.ACTIVE)).isFalse();
        assertThat(PlanMove.ACTIVATE.offeredTo(auditor, PlanStatus.DRAFT)).isFalse();
    }

    private static PlanStatus make(Plan plan, PlanMove move, Role role) {
        return switch (move) {
            case ACTIVATE -> plan.activate(role);
            case PUBLISH -> plan.publish(role, Instant.now());
        };
    }
}
