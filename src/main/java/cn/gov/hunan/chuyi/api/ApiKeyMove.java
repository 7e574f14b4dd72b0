package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/** What happens to an issued key: the security administrator revokes it (for good; a new key is issued instead). */
enum ApiKeyMove implements Move<ApiKeyStatus, Role> {
    /** 吊销 */
    REVOKE(EnumSet.of(ApiKeyStatus.ACTIVE), ApiKeyStatus.REVOKED, EnumSet.of(Role.SECURITY_ADMIN));

    /** Said when the key was revoked since the page was shown. */
    static final String REFUSAL = "api.keys.error.state";

    private final Set<ApiKeyStatus> from;
    private final ApiKeyStatus to;
    private final Set<Role> who;

    ApiKeyMove(Set<ApiKeyStatus> from, ApiKeyStatus to, Set<Role> who) {
        this.from = from;
        this.to = to;
        this.who = who;
    }

    @Override
    public Set<ApiKeyStatus> from() {
        return from;
    }

    @Override
    public ApiKeyStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }
}
