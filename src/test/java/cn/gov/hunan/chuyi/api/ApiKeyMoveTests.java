package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The key's table, walked move × state × role through the entity: only the security administrator revokes. */
class ApiKeyMoveTests {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static ApiKey in(ApiKeyStatus status) {
        var key = new ApiKey(
                "数据中心",
                ApiKeySecret.generate(),
                EnumSet.of(ApiScope.PROGRAMS),
                "secadmin",
                NOW,
                NOW.plus(Duration.ofDays(30)));
        if (status == ApiKeyStatus.REVOKED) {
            key.move(ApiKeyMove.REVOKE, Role.SECURITY_ADMIN, NOW);
        }
        return key;
    }

    @ParameterizedTest
    @EnumSource(ApiKeyMove.class)
    void eachMoveIsMadeOnlyFromItsStatesAndOnlyByTheSecurityAdministrator(ApiKeyMove move) {
        for (ApiKeyStatus status : ApiKeyStatus.values()) {
            for (Role role : Role.values()) {
                var key = in(status);
                boolean allowed = move.from().contains(status) && role == Role.SECURITY_ADMIN;
                if (allowed) {
                    key.move(move, role, NOW);
                    assertThat(key.status())
                            .as("%s from %s by %s", move, status, role)
                            .isEqualTo(move.to());
                    assertThat(key.usable(NOW)).isFalse();
                } else {
                    assertThatThrownBy(() -> key.move(move, role, NOW))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class)
                            .hasMessage(ApiKeyMove.REFUSAL);
                    assertThat(key.status()).isEqualTo(status);
                }
            }
            assertThatThrownBy(() -> in(status).move(move, null, NOW))
                    .as("no scheduled job revokes a key")
                    .isInstanceOf(MoveRejected.class);
        }
    }

    @ParameterizedTest
    @EnumSource(ApiKeyStatus.class)
    void aKeyIsUsableOnlyWhileActiveAndBeforeItsExpiry(ApiKeyStatus status) {
        var key = in(status);
        boolean active = status == ApiKeyStatus.ACTIVE;
        assertThat(key.usable(NOW)).isEqualTo(active);
        assertThat(key.usable(NOW.plus(Duration.ofDays(30)).minusSeconds(1))).isEqualTo(active);
        assertThat(key.usable(NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(key.toView(NOW.plus(Duration.ofDays(31))).shownStatus()).isEqualTo(active ? "EXPIRED" : "REVOKED");
        assertThat(key.toView(NOW).mayRevoke()).isEqualTo(active);
    }
}
