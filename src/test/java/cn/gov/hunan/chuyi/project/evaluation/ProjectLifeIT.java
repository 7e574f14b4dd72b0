package cn.gov.hunan.chuyi.project.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A designated project's life on PostgreSQL (issue #17): a failed mid-term puts it on warning with a date to rectify
 * by; the department's exit (or a second failure) ends it and frees its slot; a tier moved up with its meeting is on
 * the project's timeline and on the public list of the year, without its internal reason.
 */
class ProjectLifeIT extends PostgresIntegrationTest {

    private static final String PROGRAM = "TRAINING_BASE";

    @Autowired
    ProgramCatalogue programs;

    private long project(String title, String tier) {
        return jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, tier,
                    document_number)
                select ?, id, ?, 2024, ?, '湘教通〔2024〕9号' from organization where name = '湖南工业职业技术学院'
                returning id""", Long.class, PROGRAM, title, tier);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from designated_project where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from designated_project where id = ?", Long.class, id);
    }

    private long designated() {
        return programs.get(PROGRAM).designated();
    }

    private MvcResult evaluate(long id, String grade, String rectifyBy, boolean confirmed) throws Exception {
        var request = multipart("/projects/" + id + "/evaluations")
                .file(new MockMultipartFile(
                        "file", "专家组意见.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8)))
                .param("grade", grade)
                .param("conclusion", "建设进度滞后, 资金执行率偏低")
                .param("date", "2026-06-30")
                .param("version", String.valueOf(version(id)))
                .with(users.as("admin"))
                .with(csrf())
                .header("Referer", "http://localhost/projects/" + id);
        if (rectifyBy != null) {
            request.param("rectifyBy", rectifyBy);
        }
        if (confirmed) {
            request.param("confirmed", "true");
        }
        return mvc.perform(request).andReturn();
    }

    private MvcResult adjust(long id, String kind, String meeting, String reason) throws Exception {
        return mvc.perform(post("/projects/" + id + "/adjustments")
                        .param("kind", kind)
                        .param("meetingName", meeting)
                        .param("meetingDate", "2026-07-15")
                        .param("reason", reason)
                        .param("version", String.valueOf(version(id)))
                        .param("confirmed", "true")
                        .with(users.as("admin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/projects/" + id))
                .andReturn();
    }

    private String page(long id, String user) throws Exception {
        return mvc.perform(get("/projects/" + id).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aFailedMidtermPutsTheProjectOnWarningAndTheExitFreesItsSlot() throws Exception {
        long id = project("生命周期IT 预警实训基地", "B");
        long before = designated();

        var unconfirmed = evaluate(id, "UNQUALIFIED", "2026-09-30", false);
        assertThat(unconfirmed.getFlashMap().get("errorKey")).isEqualTo("evaluation.error.confirm");
        assertThat(status(id)).isEqualTo("UNDER_CONSTRUCTION");
        var noDate = evaluate(id, "UNQUALIFIED", null, true);
        assertThat(noDate.getFlashMap().get("errorKey")).isEqualTo("evaluation.error.rectifyBy");
        assertThat(status(id)).as("nothing was kept of the refused evaluation").isEqualTo("UNDER_CONSTRUCTION");
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_evaluation where project_id = ?", Integer.class, id))
                .isZero();

        assertThat(evaluate(id, "UNQUALIFIED", "2026-09-30", true).getFlashMap().get("errorKey"))
                .isNull();
        assertThat(status(id)).isEqualTo("ON_WARNING");
        assertThat(jdbc.queryForObject("select rectify_by from designated_project where id = ?", String.class, id))
                .isEqualTo("2026-09-30");
        assertThat(jdbc.queryForObject("""
                        select count(*) from project_evaluation_file f join project_evaluation e on e.id = f.evaluation_id
                        where e.project_id = ? and e.grade = 'UNQUALIFIED'""", Integer.class, id)).isEqualTo(1);
        assertThat(designated()).as("a project on warning keeps its slot").isEqualTo(before);
        assertThat(page(id, "hngy"))
                .as("the school sees the warning, its date and the evaluation on the timeline")
                .contains("id=\"warning-notice\"")
                .contains("2026-09-30")
                .contains("建设进度滞后")
                .contains("id=\"timeline\"")
                .doesNotContain("id=\"grade-form\"");
        assertThat(page(id, "admin")).contains("id=\"grade-form\"").contains("id=\"adjustment-form\"");

        assertThat(adjust(id, "EXIT", "2026年第5次厅长办公会", "逾期未整改").getFlashMap().get("errorKey"))
                .isNull();
        assertThat(status(id)).isEqualTo("EXITED");
        assertThat(designated())
                .as("the exit frees the slot as a revocation does")
                .isEqualTo(before - 1);
        assertThat(page(id, "admin")).doesNotContain("id=\"grade-form\"").doesNotContain("id=\"adjustment-form\"");
    }

    @Test
    void aSecondFailedEvaluationEndsTheProjectAndARecoveryLiftsTheWarning() throws Exception {
        long failing = project("生命周期IT 复评不合格", null);
        evaluate(failing, "UNQUALIFIED", "2026-09-30", true);
        assertThat(evaluate(failing, "UNQUALIFIED", null, true).getFlashMap().get("errorKey"))
                .isNull();
        assertThat(status(failing)).isEqualTo("EXITED");

        long recovering = project("生命周期IT 整改到位", null);
        evaluate(recovering, "UNQUALIFIED", "2026-09-30", true);
        assertThat(evaluate(recovering, "QUALIFIED", null, true).getFlashMap().get("errorKey"))
                .isNull();
        assertThat(status(recovering)).isEqualTo("MIDTERM_PASSED");
        assertThat(jdbc.queryForObject(
                        "select rectify_by from designated_project where id = ?", String.class, recovering))
                .isNull();
        assertThat(evaluate(recovering, "EXCELLENT", null, true).getFlashMap().get("errorKey"))
                .as("a mid-term grade is not due once the mid-term passed")
                .isEqualTo("evaluation.error.notDue");
    }

    @Test
    void aTierMovedUpWithItsMeetingIsOnThePublicListWithoutItsReason() throws Exception {
        long id = project("生命周期IT 升档实训基地", "B");
        assertThat(adjust(id, "LOWER", "会议", "理由").getFlashMap().get("errorKey"))
                .as("a B project cannot go lower")
                .isEqualTo("evaluation.error.tier");
        assertThat(adjust(id, "RAISE", "2026年第3次厅务会", "内部理由：绩效突出").getFlashMap().get("errorKey"))
                .isNull();
        assertThat(jdbc.queryForObject("select tier from designated_project where id = ?", String.class, id))
                .isEqualTo("A");
        assertThat(page(id, "admin")).contains("2026年第3次厅务会").contains("升档");

        String list = mvc.perform(get("/adjustments").param("year", "2026"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .as("anyone reads the year's adjustments, without the internal reason")
                .contains("生命周期IT 升档实训基地")
                .contains("2026年第3次厅务会")
                .doesNotContain("内部理由");
    }

    @Test
    void onlyTheDepartmentRecordsEvaluationsAndAdjustments() throws Exception {
        long id = project("生命周期IT 权限", "A");
        for (String user : new String[] {"hngy", "changsha", "expert1"}) {
            int evaluation = mvc.perform(multipart("/projects/" + id + "/evaluations")
                            .param("grade", "EXCELLENT")
                            .param("version", "0")
                            .with(users.as(user))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            int adjustment = mvc.perform(post("/projects/" + id + "/adjustments")
                            .param("kind", "LOWER")
                            .param("version", "0")
                            .with(users.as(user))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(evaluation).as(user).isEqualTo(403);
            assertThat(adjustment).as(user).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo("UNDER_CONSTRUCTION");
    }
}
