package cn.gov.hunan.chuyi.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The vocational-education groups (职教集团) an organisation belongs to. Implemented by the group module, so
 * that groups depend on the directory and not the reverse.
 */
public interface OrganizationGroups {

    /** Current and former memberships, current first. */
    List<Membership> groupsOf(long organizationId);

    /** Organisations sharing a current group with this one: an expert from one of them has a conflict of interest. */
    Set<Long> partnersOf(long organizationId);

    /** One membership of an organisation. */
    record Membership(long groupId, String groupName, boolean lead, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null;
        }
    }
}
