package cn.gov.hunan.chuyi.account.internal;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
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
public class AccountChange extends HistoryEntry {

    public enum Event {
        CREATED,
        CHANGED,
        ENABLED,
        DISABLED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        ROLE_GRANTED,
        ROLE_REVOKED,
        TWO_FACTOR_ENROLLED,
        TWO_FACTOR_REMOVED,
        SIGNED_OUT_EVERYWHERE,
        LOCKOUT_RELEASED,
        RESET_REQUESTED,
        RESET_APPROVED,
        RESET_REFUSED,
        TWO_FACTOR_RESET
    }

    @Column(name = "user_id")
    private long userId;

    protected AccountChange() {}

    /**
     * A line with its detail: typed by an administrator (a reason, a name), or written by the portal as a key of the
     * account bundle ({@code account.change.*}) and its values, or none.
     */
    public AccountChange(long userId, Event event, String actor, HistoryReason detail, Instant at) {
        super(null, event.name(), actor, detail, at);
        this.userId = userId;
    }
}
