package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two-person rule of resets (双人复核) as the request and its page keep it: a request is decided once, by someone
 * other than its requester, a security administrator decides it on another account than their own, and only the
 * requester collects an approved password reset, within a day.
 */
class ResetRulesTests {

    private static final Instant ASKED = Instant.parse("2026-01-05T01:00:00Z");
    private static final long ACCOUNT = 10;

    private static ResetRequest asked(ResetRequest.Kind kind) {
        return new ResetRequest(ACCOUNT, kind, Users.systemAdmin().getUsername(), "lost phone", ASKED);
    }

    private static ResetPages.ResetView view(ResetRequest request, long accountId) {
        return new ResetPages.ResetView(
                1,
                accountId,
                "account",
                "Account",
                EnumSet.of(Role.PROVINCE_ADMIN),
                request.kind(),
                request.status().name(),
                request.requestedBy(),
                request.reason(),
                LocalDateTime.now(),
                null,
                null,
                null,
                0);
    }

    private static ResetPages.One page(ResetRequest request, long accountId, PortalUser actor, Instant now) {
        return ResetPages.One.of(view(request, accountId), request.status(), request.lapsed(now), actor);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        var request = asked(ResetRequest.Kind.PASSWORD);
        // not even in the approver's role: the table lets a security administrator approve, the request refuses its
        // requester
        var requesterAsApprover = Users.signedIn(Users.systemAdmin().id(), Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> request.approve(requesterAsApprover, ASKED))
                .isInstanceOf(AccountRejected.class)
                .hasMessage("account.reset.error.ownRequest");
    }

    @Test
    void aRequestIsDecidedOnce() {
        var request = asked(ResetRequest.Kind.PASSWORD);
        request.refuse(Users.securityAdmin(), "not confirmed", ASKED);
        assertThatThrownBy(() -> request.approve(Users.securityAdmin(), ASKED)).hasMessage("account.reset.error.state");
        assertThatThrownBy(() -> request.refuse(Users.securityAdmin(), "again", ASKED))
                .hasMessage("account.reset.error.state");
    }

    @Test
    void anApprovalLapsesAfterADay() {
        var request = asked(ResetRequest.Kind.PASSWORD);
        request.approve(Users.securityAdmin(), ASKED);
        Instant dayAndAMinuteLater = ASKED.plus(ResetRequest.APPROVAL_LIFETIME).plusSeconds(60);
        assertThat(request.open(ASKED.plusSeconds(3600))).isTrue();
        assertThat(request.lapsed(dayAndAMinuteLater)).isTrue();
        assertThatThrownBy(() -> request.carryOut(Users.systemAdmin(), dayAndAMinuteLater))
                .hasMessage("account.reset.error.lapsed");
    }

    @Test
    void aSecurityAdministratorMayDecideAWaitingRequestOfAnotherAccount() {
        var request = asked(ResetRequest.Kind.PASSWORD);
        assertThat(page(request, ACCOUNT, Users.securityAdmin(), ASKED).mayDecide())
                .isTrue();
        // their own account waits for another security administrator
        assertThat(page(request, Users.securityAdmin().id(), Users.securityAdmin(), ASKED)
                        .mayDecide())
                .isFalse();
        // the system administrator asks; it never decides
        assertThat(page(request, ACCOUNT, Users.systemAdmin(), ASKED).mayDecide())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ResetRequest.Kind.class)
    void nobodyDecidesARequestThatIsNoLongerWaiting(ResetRequest.Kind kind) {
        var request = asked(kind);
        request.approve(Users.securityAdmin(), ASKED);
        assertThat(page(request, ACCOUNT, Users.securityAdmin(), ASKED).mayDecide())
                .isFalse();
    }

    @Test
    void onlyTheRequesterCollectsAnApprovedPasswordResetWithinItsDay() {
        var request = asked(ResetRequest.Kind.PASSWORD);
        assertThat(page(request, ACCOUNT, Users.systemAdmin(), ASKED).mayCollect())
                .as("not approved yet")
                .isFalse();
        request.approve(Users.securityAdmin(), ASKED);
        assertThat(page(request, ACCOUNT, Users.systemAdmin(), ASKED).mayCollect())
                .isTrue();
        assertThat(page(request, ACCOUNT, Users.signedIn(4, Role.SYSTEM_ADMIN), ASKED)
                        .mayCollect())
                .as("another system administrator")
                .isFalse();
        assertThat(page(request, ACCOUNT, Users.securityAdmin(), ASKED).mayCollect())
                .as("the approver")
                .isFalse();
        assertThat(page(
                                request,
                                ACCOUNT,
                                Users.systemAdmin(),
                                ASKED.plus(ResetRequest.APPROVAL_LIFETIME).plusSeconds(60))
                        .mayCollect())
                .as("lapsed")
                .isFalse();
    }

    @Test
    void anApprovedSecondFactorResetIsNotCollected() {
        var request = asked(ResetRequest.Kind.SECOND_FACTOR);
        request.approve(Users.securityAdmin(), ASKED);
        assertThat(page(request, ACCOUNT, Users.systemAdmin(), ASKED).mayCollect())
                .isFalse();
    }
}
