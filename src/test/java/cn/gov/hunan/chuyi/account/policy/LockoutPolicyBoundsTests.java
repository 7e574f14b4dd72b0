package cn.gov.hunan.chuyi.account.policy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The floors and ceilings of the security policy (等保 level 3): each value just outside its bounds is refused,
 * whatever the form sends, and each bound itself is accepted.
 */
class LockoutPolicyBoundsTests {

    /** The policy the demo ships: inside every bound. */
    private static final PolicyForm DEFAULTS = new PolicyForm(5, 15, 15, 50, 12, 90, 5, 30, 8, 1, Set.of(), 0);

    private static PolicyForm with(UnaryOperator<int[]> change) {
        int[] v = {
            DEFAULTS.lockoutAttempts(),
            DEFAULTS.lockoutWindowMinutes(),
            DEFAULTS.lockoutMinutes(),
            DEFAULTS.ipAttempts(),
            DEFAULTS.passwordMinLength(),
            DEFAULTS.passwordExpiryDays(),
            DEFAULTS.passwordHistory(),
            DEFAULTS.sessionIdleMinutes(),
            DEFAULTS.sessionAbsoluteHours(),
            DEFAULTS.privilegedMaxSessions()
        };
        v = change.apply(v);
        return new PolicyForm(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], Set.of(), 0);
    }

    private static UnaryOperator<int[]> set(int index, int value) {
        return v -> {
            v[index] = value;
            return v;
        };
    }

    static Stream<Arguments> outside() {
        return Stream.of(
                Arguments.of("lockout attempts below 3", set(0, 2)),
                Arguments.of("lockout attempts above 10", set(0, 11)),
                Arguments.of("window below 5 minutes", set(1, 4)),
                Arguments.of("window above a day", set(1, 1441)),
                Arguments.of("lockout below 5 minutes", set(2, 4)),
                Arguments.of("lockout above an hour", set(2, 61)),
                Arguments.of("address limit below the account's", set(3, 4)),
                Arguments.of("address limit above 1000", set(3, 1001)),
                Arguments.of("password shorter than 10", set(4, 9)),
                Arguments.of("password longer than 64", set(4, 65)),
                Arguments.of("expiry below 30 days", set(5, 29)),
                Arguments.of("expiry above a year", set(5, 366)),
                Arguments.of("no history", set(6, 0)),
                Arguments.of("history above 24", set(6, 25)),
                Arguments.of("idle below 5 minutes", set(7, 4)),
                Arguments.of("idle above 2 hours", set(7, 121)),
                Arguments.of("absolute below an hour", set(8, 0)),
                Arguments.of("absolute above a day", set(8, 25)),
                Arguments.of("no privileged session", set(9, 0)),
                Arguments.of("privileged sessions above 5", set(9, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outside")
    void aValueOutsideItsBoundsIsRefused(String what, UnaryOperator<int[]> change) {
        assertThatThrownBy(() -> new SecurityPolicy().change(with(change)))
                .isInstanceOf(AccountRejected.class)
                .hasMessage("account.policy.error.range");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThatCode(() -> new SecurityPolicy().change(new PolicyForm(3, 5, 5, 3, 10, 30, 1, 5, 1, 1, Set.of(), 0)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SecurityPolicy()
                        .change(new PolicyForm(10, 1440, 60, 1000, 64, 365, 24, 120, 24, 5, Set.of(), 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void theDepartmentAndTheAdministratorsAlwaysNeedTheSecondFactor() {
        for (Role role : TwoFactorRules.ALWAYS) {
            var relaxed = new PolicyForm(5, 15, 15, 50, 12, 90, 5, 30, 8, 1, EnumSet.of(role), 0);
            assertThatThrownBy(() -> new SecurityPolicy().change(relaxed))
                    .hasMessage("account.policy.error.alwaysTwoFactor");
        }
    }
}
