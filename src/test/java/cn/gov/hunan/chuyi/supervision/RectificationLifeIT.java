package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A rectification item's life after the opinion set its deadline, on PostgreSQL, with the reminder job on: an
 * extension refused then approved (the deadline moves only on approval), 催办 by hand and by the job, escalation of an
 * overdue item to its city and to the province, 销号 only after confirmation, and a 复查 that reopens the item. Items
 * are added to the demo's 2025 task of Loudi (team: inspector2; school 新化县楚怡工业学校, administrator xhcy).
 */
@TestPropertySource(
        properties = {
            "chuyi.reminders.enabled=true",
            "chuyi.reminders.send-from=00:00",
            "chuyi.reminders.delay=PT1S",
            "chuyi.supervision.rectification.escalate-after-days=15"
        })
class RectificationLifeIT extends PostgresIntegrationTest {

    @Autowired
    ScheduledAnnotationBeanPostProcessor scheduled;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private static String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String page(String user, long finding) throws Exception {
        return mvc.perform(get("/supervision/findings/" + finding)
                        .with(users.as(user))
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** An item of Loudi's 2025 task, for the school ({@code school} true) or the city, in a state, due on a date. */
    private long item(boolean school, String status, LocalDate deadline) {
        long task = id(
                "select id from inspection_task where city_code = '431300' and plan_id = (select id from supervision_plan where plan_year = 2025)");
        Long org = school ? id("select id from organization where name = '新化县楚怡工业学校'") : null;
        String category = "整改-" + System.nanoTime();
        jdbc.update(
                "insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, created_by, created_at)"
                        + " values (?, ?, 'SERIOUS', '描述', '431300', ?, ?, ?, 'inspector2', current_timestamp)",
                task,
                category,
                org,
                status,
                deadline);
        return id("select id from finding where category = ?", category);
    }

    /** An inspector on no team of Loudi (the demo's two inspectors are both on its 2025 team). */
    private String outsider() {
        // a stored hash like every account's (SignInIT checks that no account keeps a password as text)
        jdbc.update("insert into app_user (username, display_name, password_hash, password_changed_at)"
                + " select 'inspector-elsewhere', '其他督查组成员', password_hash, current_timestamp from app_user"
                + " where username = 'inspector1' on conflict do nothing");
        jdbc.update(
                "insert into user_role (user_id, role) select id, 'INSPECTOR' from app_user where username = 'inspector-elsewhere'"
                        + " on conflict do nothing");
        return "inspector-elsewhere";
    }

    private LocalDate deadlineOf(long finding) {
        return jdbc.queryForObject("select deadline from finding where id = ?", LocalDate.class, finding);
    }

    private String statusOf(long finding) {
        return jdbc.queryForObject("select status from finding where id = ?", String.class, finding);
    }

    private int notices(String user, long finding) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ? and n.link = ?",
                Integer.class,
                user,
                "/supervision/findings/" + finding);
    }

    @Test
    void anExtensionMovesTheDeadlineOnlyWhenApproved() throws Exception {
        LocalDate due = LocalDate.now(PortalTime.ZONE).plusDays(5);
        long finding = item(true, "OPEN", due);
        String path = "/supervision/findings/" + finding;
        String later = due.plusDays(30).toString();

        assertThat(error(send(
                        "xhcy", post(path + "/extensions").param("reason", " ").param("proposedDeadline", later))))
                .isEqualTo("supervision.extension.error.reason");
        assertThat(error(send(
                        "xhcy",
                        post(path + "/extensions").param("reason", "汛期施工").param("proposedDeadline", due.toString()))))
                .as("not later than the deadline")
                .isEqualTo("supervision.extension.error.date");
        assertThat(send("loudi", post(path + "/extensions").param("reason", "x").param("proposedDeadline", later))
                        .getResponse()
                        .getStatus())
                .as("the city does not ask for its school")
                .isEqualTo(404);
        assertThat(error(send(
                        "xhcy",
                        post(path + "/extensions").param("reason", "实训楼改造受汛期影响").param("proposedDeadline", later))))
                .isNull();
        assertThat(error(send(
                        "xhcy",
                        post(path + "/extensions").param("reason", "再次申请").param("proposedDeadline", later))))
                .as("one pending request at a time")
                .isEqualTo("supervision.extension.error.pending");
        long first = id("select id from finding_extension where finding_id = ?", finding);

        assertThat(error(send(
                        "inspector2",
                        post(path + "/extensions/" + first)
                                .param("approve", "false")
                                .param("version", "0"))))
                .as("a refusal says why")
                .isEqualTo("supervision.extension.error.note");
        assertThat(send(
                                outsider(),
                                post(path + "/extensions/" + first)
                                        .param("approve", "true")
                                        .param("version", "0"))
                        .getResponse()
                        .getStatus())
                .as("an inspector of another team")
                .isEqualTo(404);
        assertThat(error(send(
                        "inspector2",
                        post(path + "/extensions/" + first)
                                .param("approve", "false")
                                .param("note", "理由不充分")
                                .param("version", "0"))))
                .isNull();
        assertThat(deadlineOf(finding)).as("refused: the deadline stays").isEqualTo(due);
        assertThat(jdbc.queryForObject("select extended from finding where id = ?", Boolean.class, finding))
                .isFalse();

        send("xhcy", post(path + "/extensions").param("reason", "补充说明：施工合同已签").param("proposedDeadline", later));
        long second = id("select max(id) from finding_extension where finding_id = ?", finding);
        assertThat(error(send(
                        "admin",
                        post(path + "/extensions/" + second)
                                .param("approve", "true")
                                .param("version", "0"))))
                .isNull();
        assertThat(deadlineOf(finding)).as("approved: the deadline moves").isEqualTo(due.plusDays(30));
        assertThat(jdbc.queryForObject("select extended from finding where id = ?", Boolean.class, finding))
                .isTrue();
        assertThat(jdbc.queryForList(
                        "select reason_key from supervision_state_change where subject_type = 'FINDING' and subject_id = ? order by id",
                        String.class,
                        finding))
                .anySatisfy(r -> assertThat(r).contains("supervision.history.extensionApproved"))
                .anySatisfy(r -> assertThat(r).contains("supervision.history.extensionRefused"));
        assertThat(page("xhcy", finding))
                .contains("已延期")
                .contains("已批准")
                .contains("未批准")
                .contains(due.plusDays(30).toString());
        // (the reminder job runs beside this test and may remind the school of the item too: count the decisions)
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'xhcy'"
                                + " and n.link = ? and n.message_key like 'notification.supervision.extension%'",
                        Integer.class, path))
                .as("told of both decisions")
                .isEqualTo(2);
    }

    @Test
    void anAnswerWithdrawsTheExtensionStillWaitingForItsDecision() throws Exception {
        LocalDate due = LocalDate.now(PortalTime.ZONE).plusDays(5);
        long finding = item(true, "OPEN", due);
        String path = "/supervision/findings/" + finding;
        String later = due.plusDays(30).toString();
        assertThat(error(send(
                        "xhcy",
                        post(path + "/extensions").param("reason", "设备采购延迟").param("proposedDeadline", later))))
                .isNull();
        long request = id("select id from finding_extension where finding_id = ?", finding);

        assertThat(error(send("xhcy", post(path + "/answer").param("measures", "设备已到位，整改完成"))))
                .isNull();

        assertThat(statusOf(finding)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select status from finding_extension where id = ?", String.class, request))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForList(
                        "select reason_key from supervision_state_change where subject_type = 'FINDING' and subject_id = ? order by id",
                        String.class,
                        finding))
                .last()
                .asString()
                .contains("supervision.history.extensionWithdrawn");
        assertThat(error(send(
                        "admin",
                        post(path + "/extensions/" + request)
                                .param("approve", "true")
                                .param("version", "1"))))
                .as("nothing left to decide")
                .isEqualTo("supervision.extension.error.state");
        assertThat(deadlineOf(finding)).as("the deadline stays").isEqualTo(due);
        assertThat(page("xhcy", finding)).contains("已撤回（事项已答复）").contains("自动撤回");
    }

    @Test
    void aChaseByHandIsCountedOnThePageAndOnlyOverseersChase() throws Exception {
        long finding = item(false, "OPEN", LocalDate.now(PortalTime.ZONE).plusDays(10));
        String path = "/supervision/findings/" + finding;

        assertThat(send("loudi", post(path + "/chase").param("message", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(outsider(), post(path + "/chase").param("message", "x"))
                        .getResponse()
                        .getStatus())
                .as("not on the team")
                .isEqualTo(404);
        assertThat(error(send("admin", post(path + "/chase").param("message", " "))))
                .isEqualTo("notification.reminder.error.message");
        assertThat(error(send("admin", post(path + "/chase").param("message", "请本周内报送整改佐证材料。"))))
                .isNull();
        assertThat(error(send("inspector2", post(path + "/chase").param("message", "再次催办。"))))
                .isNull();

        assertThat(notices("loudi", finding)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder where link = ? and sent_by is not null", Integer.class, path))
                .isEqualTo(2);
        assertThat(page("admin", finding)).contains("已催办 2 次");
        long task = id("select task_id from finding where id = ?", finding);
        assertThat(mvc.perform(get("/supervision/tasks/" + task)
                                .with(users.as("admin"))
                                .header("Accept-Language", "zh-CN"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the task page counts each finding's reminders")
                .containsPattern("(?s)" + path + ".*finding-reminders[^>]*>已催办 2 次");
        assertThat(mvc.perform(get(path).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a city officer of another city")
                .isEqualTo(404);
    }

    @Test
    void theJobRemindsTheSchoolThenEscalatesToTheCityAndTheProvince() throws Exception {
        long dueTomorrow = item(true, "OPEN", LocalDate.now(PortalTime.ZONE).plusDays(1));
        long schoolLate = item(true, "OPEN", LocalDate.now(PortalTime.ZONE).minusDays(16));
        long cityLate = item(false, "REJECTED", LocalDate.now(PortalTime.ZONE).minusDays(16));
        long answered = item(true, "ANSWERED", LocalDate.now(PortalTime.ZONE).minusDays(16));

        runReminderJobUntil(() -> notices("xhcy", dueTomorrow) == 1
                && notices("loudi", schoolLate) == 1
                && notices("admin", cityLate) == 1);

        assertThat(kinds(dueTomorrow)).containsExactly("supervision.deadline.rectification");
        assertThat(kinds(schoolLate))
                .as("a school's item 16 days late goes to its city")
                .containsExactly("supervision.deadline.rectification.city");
        assertThat(kinds(cityLate))
                .as("a city's own item goes to the province")
                .containsExactly("supervision.deadline.rectification.province");
        assertThat(kinds(answered)).as("nothing owed, nobody chased").isEmpty();
        assertThat(notices("xhcy", schoolLate))
                .as("the escalation goes to the city, not again to the school")
                .isZero();

        runReminderJob();
        assertThat(notices("loudi", schoolLate)).as("once per person").isEqualTo(1);
        assertThat(page("admin", schoolLate)).contains("已升级至市州督办").contains("已催办 1 次");
        assertThat(page("admin", cityLate)).contains("已升级至省教育厅督办");
    }

    @Test
    void aSignOffAsksForConfirmationAndARecheckReopensTheItem() throws Exception {
        long finding = item(true, "ACCEPTED", LocalDate.now(PortalTime.ZONE).minusDays(3));
        String path = "/supervision/findings/" + finding;

        assertThat(send(
                                "inspector2",
                                post(path + "/sign-off").param("note", "同意").param("confirmed", "true"))
                        .getResponse()
                        .getStatus())
                .as("the province signs off")
                .isEqualTo(403);
        MvcResult unconfirmed = send("admin", post(path + "/sign-off").param("note", "材料齐全，同意销号"));
        assertThat(unconfirmed.getResponse().getContentAsString()).contains("confirmed");
        assertThat(statusOf(finding)).as("not without confirmation").isEqualTo("ACCEPTED");
        assertThat(error(send(
                        "admin", post(path + "/sign-off").param("note", " ").param("confirmed", "true"))))
                .isEqualTo("supervision.finding.error.signOffNote");
        assertThat(error(send(
                        "admin",
                        post(path + "/sign-off").param("note", "材料齐全，同意销号").param("confirmed", "true"))))
                .isNull();
        assertThat(statusOf(finding)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select closed_by from finding where id = ?", String.class, finding))
                .isEqualTo("admin");

        assertThat(error(send("inspector2", post(path + "/recheck")))).isNull();
        assertThat(statusOf(finding)).isEqualTo("RECHECK");
        assertThat(error(send(
                        "inspector2",
                        post(path + "/recheck/outcome")
                                .param("closureStands", "false")
                                .param("note", "台账又未更新"))))
                .as("reopening needs a new deadline")
                .isEqualTo("supervision.finding.error.deadline");
        LocalDate again = LocalDate.now(PortalTime.ZONE).plusDays(20);
        assertThat(error(send(
                        "inspector2",
                        post(path + "/recheck/outcome")
                                .param("closureStands", "false")
                                .param("note", "台账又未更新")
                                .param("deadline", again.toString()))))
                .isNull();
        assertThat(statusOf(finding)).isEqualTo("OPEN");
        assertThat(deadlineOf(finding)).isEqualTo(again);
        assertThat(jdbc.queryForMap("select rechecked, closed_by from finding where id = ?", finding))
                .containsEntry("rechecked", true)
                .containsEntry("closed_by", null);
        assertThat(jdbc.queryForList(
                        "select to_status from supervision_state_change where subject_type = 'FINDING' and subject_id = ? order by id",
                        String.class,
                        finding))
                .containsExactly("CLOSED", "RECHECK", "OPEN");
        assertThat(page("xhcy", finding)).contains("已复查").contains("复查未通过");
    }

    private List<String> kinds(long finding) {
        return jdbc.queryForList(
                "select kind from reminder where link = ? and sent_by is null order by kind",
                String.class,
                "/supervision/findings/" + finding);
    }

    /** Runs the reminder job as its timer does (the job's lock may let a run of the timer do it instead). */
    private void runReminderJob() {
        scheduled.getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(t -> t.getRunnable().toString().contains("ReminderJob.remind"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the reminder job is on"))
                .getRunnable()
                .run();
    }

    private void runReminderJobUntil(BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        runReminderJob();
        while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            runReminderJob();
        }
        assertThat(done.getAsBoolean()).as("reminded within a minute").isTrue();
    }
}
