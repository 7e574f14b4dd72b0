package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 三权分立 as RoleGrants.checkSeparation keeps it, for every pair of roles: no account holds two administrator
 * roles, or one together with a business role; business roles combine freely.
 */
class SeparationOfDutiesTests {

    static Stream<Arguments> pairs() {
        return Stream.of(Role.values())
                .flatMap(a -> Stream.of(Role.values())
                        .filter(b -> b.ordinal() < a.ordinal())
                        .map(b -> Arguments.of(a, b)));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void anAdministratorRoleStandsAlone(Role a, Role b) {
        Set<Role> both = EnumSet.of(a, b);
        boolean allowed = a.isBusinessRole() && b.isBusinessRole();
        if (allowed) {
            assertThatCode(() -> RoleGrants.checkSeparation(both)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> RoleGrants.checkSeparation(both))
                    .isInstanceOf(AccountRejected.class)
                    .hasMessage("account.admin.error.separation");
        }
    }

    @ParameterizedTest
    @MethodSource("single")
    void everyRoleMayBeHeldAlone(Role role) {
        assertThatCode(() -> RoleGrants.checkSeparation(EnumSet.of(role))).doesNotThrowAnyException();
    }

    static Stream<Role> single() {
        return Stream.of(Role.values());
    }
}
