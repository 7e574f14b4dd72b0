package cn.gov.hunan.chuyi.supervision.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.finding.YearItems;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.task.Grade;
import cn.gov.hunan.chuyi.supervision.task.TaskStatus;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulletin's table of moves (walked move × state × role), what its page offers, and the lines it states: rank by
 * total, each line's counts from its own task.
 */
class BulletinTests {

    @Test
    void onlyProvinceStaffIssueABulletinAndOnlyOnce() {
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (BulletinMove move : BulletinMove.values()) {
            for (BulletinStatus status : BulletinStatus.values()) {
                for (Role role : roles) {
                    boolean allowed = status == BulletinStatus.NOT_ISSUED && role == Role.PROVINCE_ADMIN;
                    if (allowed) {
                        assertThat(move.checkedFrom(status, role, BulletinMove.REFUSAL))
                                .isEqualTo(BulletinStatus.ISSUED);
                    } else {
                        assertThatThrownBy(() -> move.checkedFrom(status, role, BulletinMove.REFUSAL))
                                .as("%s from %s as %s", move, status, role)
                                .isInstanceOf(MoveRejected.class)
                                .hasMessage("supervision.bulletin.error.issued");
                    }
                }
            }
            assertThat(move.scheduled()).isFalse();
        }
    }

    @Test
    void thePageOffersIssuingToStaffOncePublishedAndNotYetIssued() {
        for (PlanStatus plan : PlanStatus.values()) {
            for (BulletinStatus bulletin : BulletinStatus.values()) {
                for (Role role : Role.values()) {
                    boolean offered = plan == PlanStatus.PUBLISHED
                            && bulletin == BulletinStatus.NOT_ISSUED
                            && role == Role.PROVINCE_ADMIN;
                    assertThat(BulletinPage.mayPublish(People.withRoles(role), plan, bulletin))
                            .as("%s plan, %s bulletin, %s", plan, bulletin, role)
                            .isEqualTo(offered);
                }
            }
        }
    }

    @Test
    void linesAreRankedByTotalWithTheUngradedLastAndCarryTheirOwnTasksCounts() {
        List<TaskView> tasks = List.of(
                task(1, "430100", "长沙市", "70.00", Grade.PASS),
                task(2, "431300", "娄底市", "88.50", Grade.EXCELLENT),
                task(3, "430200", "株洲市", null, null),
                task(4, "430300", "湘潭市", "70.00", Grade.PASS));
        Map<Long, YearItems.Tally> tallies = Map.of(1L, new YearItems.Tally(3, 1, 2), 2L, new YearItems.Tally(1, 0, 4));

        var lines = BulletinService.cities(tasks, tallies).stream()
                .map(Bulletin.CityLine::toView)
                .toList();

        assertThat(lines)
                .extracting(BulletinView.City::cityCode)
                .containsExactly("431300", "430100", "430300", "430200");
        assertThat(lines.get(0))
                .isEqualTo(new BulletinView.City("431300", "娄底市", new BigDecimal("88.50"), "EXCELLENT", 1, 0, 4));
        assertThat(lines.get(1))
                .isEqualTo(new BulletinView.City("430100", "长沙市", new BigDecimal("70.00"), "PASS", 3, 1, 2));
        assertThat(lines.get(2).open() + lines.get(2).overdue() + lines.get(2).closed())
                .as("a task without items")
                .isZero();
        assertThat(lines.get(3).grade()).isNull();
    }

    @Test
    void thePrefaceIsPrintedAsTheParagraphsTypedWithoutBlankLines() {
        var bulletin = new BulletinView(
                1, 2025, "双师型", "湘教督通〔2026〕1号", null, " 第一段。\n\n  第二段。\r\n", List.of(), List.of(), null);
        assertThat(bulletin.prefaceParagraphs()).containsExactly("第一段。", "第二段。");
        assertThat(new BulletinView(1, 2025, "t", "n", null, null, List.of(), List.of(), null).prefaceParagraphs())
                .isEmpty();
    }

    private static TaskView task(long id, String city, String name, String total, Grade grade) {
        return new TaskView(
                id,
                9,
                2025,
                PlanStatus.PUBLISHED,
                city,
                name,
                null,
                null,
                TaskStatus.REPORTED,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                total == null ? null : new BigDecimal(total),
                grade,
                Map.of(),
                Map.of(),
                0);
    }
}
