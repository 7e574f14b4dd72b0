package cn.gov.hunan.chuyi.account.admin;

import java.time.Instant;

/** Reset requests in each state, reached by the request's own moves (no reflection): for the tests of the table. */
final class ResetRequests {

    static final Instant ASKED = Instant.parse("2026-01-05T01:00:00Z");
    /** Within the approval's day. */
    static final Instant SOON = ASKED.plusSeconds(600);

    private ResetRequests() {}

    static ResetRequest pending(ResetRequest.Kind kind) {
        return new ResetRequest(10, kind, Users.systemAdmin().getUsername(), "lost phone", ASKED);
    }

    static ResetRequest in(ResetRequest.Status status, ResetRequest.Kind kind) {
        ResetRequest request = pending(kind);
        switch (status) {
            case PENDING -> {}
            case APPROVED -> request.approve(Users.securityAdmin(), ASKED);
            case REFUSED -> request.refuse(Users.securityAdmin(), "not confirmed", ASKED);
            case DONE -> {
                request.approve(Users.securityAdmin(), ASKED);
                request.carryOut(
                        kind == ResetRequest.Kind.PASSWORD ? Users.systemAdmin() : Users.securityAdmin(), ASKED);
            }
        }
        return request;
    }
}
