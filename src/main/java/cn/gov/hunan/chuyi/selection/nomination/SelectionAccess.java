package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.review.AssignmentRepository;
import cn.gov.hunan.chuyi.selection.review.ReviewAssignment;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see which round and nomination (product.md §2). Whatever is not theirs is reported as not
 * found, so a guessed id reveals nothing.
 */
@Component
public class SelectionAccess {

    private final AssignmentRepository assignments;

    SelectionAccess(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public boolean maySee(PortalUser viewer, Round round) {
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            return true;
        }
        return round.status() != RoundStatus.DRAFT && viewer.hasBusinessRole() && !viewer.has(Role.INSPECTOR);
    }

    public boolean maySee(PortalUser viewer, Nomination nomination) {
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            return nomination.status() != NominationStatus.DRAFT;
        }
        if (viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), nomination.organizationId())) {
            return true;
        }
        if (viewer.has(Role.CITY_OFFICER)
                && viewer.cityCode() != null
                && viewer.cityCode().equals(nomination.cityCode())) {
            return nomination.status() != NominationStatus.DRAFT;
        }
        if (viewer.has(Role.EXPERT)) {
            return assignments.findByNominationId(nomination.id()).stream()
                    .anyMatch(a -> a.expertId() == viewer.id() && a.status() != ReviewAssignment.Status.CONFLICT);
        }
        return false;
    }

    public boolean isOwnSchool(PortalUser viewer, Nomination nomination) {
        return viewer.has(Role.SCHOOL_ADMIN) && Objects.equals(viewer.organizationId(), nomination.organizationId());
    }

    public boolean isOwnCity(PortalUser viewer, Nomination nomination) {
        return viewer.has(Role.CITY_OFFICER)
                && viewer.cityCode() != null
                && viewer.cityCode().equals(nomination.cityCode())
                && !nomination.provinceRun();
    }
}
