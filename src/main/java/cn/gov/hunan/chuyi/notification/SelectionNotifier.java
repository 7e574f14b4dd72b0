package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.NominationStatusChanged;
import cn.gov.hunan.chuyi.selection.ReviewAssigned;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who hears of which selection event: the school, its city, the department, the expert. */
@Component
class SelectionNotifier {

    private final NotificationCenter center;
    private final AccountDirectory accounts;

    SelectionNotifier(NotificationCenter center, AccountDirectory accounts) {
        this.center = center;
        this.accounts = accounts;
    }

    @EventListener
    void on(NominationStatusChanged changed) {
        if (changed.from() == null) {
            return; // a new draft concerns nobody else yet
        }
        Set<Long> recipients = new LinkedHashSet<>();
        ids(recipients, accounts.actingFor(changed.organizationId(), Role.SCHOOL_ADMIN));
        if (changed.to() == NominationStatus.SUBMITTED) {
            ids(recipients, accounts.cityOfficers(changed.cityCode()));
        }
        if (changed.to() == NominationStatus.RECOMMENDED) {
            ids(recipients, accounts.withRole(Role.PROVINCE_ADMIN));
        }
        center.send(
                recipients,
                "notification.nomination.status",
                "/nominations/" + changed.nominationId(),
                changed.title(),
                "NominationStatus." + changed.to().name());
    }

    @EventListener
    void on(ReviewAssigned assigned) {
        center.send(
                List.of(assigned.expertId()),
                "notification.review.assigned",
                "/reviews/" + assigned.assignmentId(),
                assigned.nominationTitle());
    }

    private static void ids(Set<Long> into, List<UserSummary> users) {
        users.forEach(u -> into.add(u.id()));
    }
}
