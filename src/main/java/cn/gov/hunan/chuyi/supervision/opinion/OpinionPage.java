package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.time.LocalDate;
import java.util.List;

/**
 * A task's opinion page, and the content of its printed 督导意见书.
 *
 * @param opinion the opinion, or null before the lead records one
 * @param items the task's findings, each with the deadline the 意见书 set (issued) or proposes (the default)
 * @param replyByDefault the reply date the lead's form proposes
 * @param visited the team has reported: the opinion's steps may begin
 * @param mayRecord the viewer leads the team and may record or amend the preliminary opinion
 * @param mayReply the viewer is the inspected body and may reply now
 * @param mayFinalise the viewer leads the team and may finalise (after the reply or its date)
 * @param mayIssue the viewer is province staff and may issue the 意见书
 * @param issued the 意见书 is issued: print view and PDF
 */
public record OpinionPage(
        TaskView task,
        PlanView plan,
        OpinionView opinion,
        List<Item> items,
        LocalDate replyByDefault,
        boolean visited,
        boolean mayRecord,
        boolean mayReply,
        boolean mayFinalise,
        boolean mayIssue,
        boolean issued) {

    /** One problem of the 意见书; {@code severity} is a name of the finding module's Severity. */
    public record Item(
            int number,
            long findingId,
            String category,
            String severity,
            String description,
            String responsible,
            LocalDate deadline) {}
}
