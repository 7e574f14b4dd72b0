package cn.gov.hunan.chuyi.account;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an account's history: created, changed, enabled, disabled, password reset, role granted or revoked, and the
 * steps of a reset under the two-person rule.
 */
@Entity
@Table(name = "account_change")
class AccountChange extends HistoryEntry {

    enum Event {
        CREATED, CHANGED, ENABLED, DISABLED, PASSWORD_RESET, PASSWORD_CHANGED, ROLE_GRANTED, ROLE_REVOKED,
        TWO_FACTOR_ENROLLED, TWO_FACTOR_REMOVED, SIGNED_OUT_EVERYWHERE, LOCKOUT_RELEASED, RESET_REQUESTED, RESET_APPROVED,
        RESET_REFUSED, TWO_FACTOR_RESET
    }

    @Column(name = "user_id")
    private long userId;

    protected AccountChange() {}

    AccountChange(long userId, Event event, String actor, String detail, Instant at) {
        super(null, event.name(), actor, detail, at);
        this.userId = userId;
    }
}
