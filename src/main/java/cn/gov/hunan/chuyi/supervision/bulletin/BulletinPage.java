package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;

/**
 * The staff page of a year's bulletin: the issued bulletin, or — before it is issued — what it would state now and the
 * form that issues it.
 *
 * @param bulletin the issued bulletin, or the lines it would state if issued now (number, date and preface empty)
 * @param issued whether it has been issued (then it is public at {@code /supervision/bulletins/{year}})
 * @param resultsPublished whether the year's results are published, without which nothing can be issued
 * @param mayPublish the viewer may issue it now
 */
public record BulletinPage(
        PlanView plan, BulletinView bulletin, boolean issued, boolean resultsPublished, boolean mayPublish) {

    /** What the page offers: issuing, to province staff, once the results are published and while none is issued. */
    static boolean mayPublish(PortalUser viewer, PlanStatus plan, BulletinStatus bulletin) {
        return plan == PlanStatus.PUBLISHED && BulletinMove.PUBLISH.offeredTo(viewer, bulletin);
    }
}
