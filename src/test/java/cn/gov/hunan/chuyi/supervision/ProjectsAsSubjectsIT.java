package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Designated projects as subjects of an inspection, on PostgreSQL: staff choose projects of the task's city only; the
 * team addresses a finding to a chosen project, which makes the project's school responsible: that school sees and
 * answers it like any of its findings, another school gets "not found".
 */
class ProjectsAsSubjectsIT extends PostgresIntegrationTest {

    private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
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

    private long project(String school, String title) {
        return id("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years, status)
                select 'TRAINING_BASE', id, ?, 2025, 3, 'UNDER_CONSTRUCTION' from organization where name = ? returning id""", title, school);
    }

    @Test
    void aFindingOnAChosenProjectReachesTheProjectsSchoolAndNoOtherSchool() throws Exception {
        int year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 40) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        long plan = id("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to)
                values (?, '项目督查测试', 'ACTIVE', date '2030-11-01', date '2030-11-30') returning id""", year);
        long task = id("""
                insert into inspection_task (plan_id, city_code, status, lead_id)
                select ?, '431300', 'PLANNED', id from app_user where username = 'inspector1' returning id""", plan);
        long loudiProject = project("新化县楚怡工业学校", "新化楚怡实训基地（督查测试）");
        long changshaProject = project("湖南工业职业技术学院", "长沙项目（督查测试）");
        long xhcySchool = id("select id from organization where name = '新化县楚怡工业学校'");
        long hngySchool = id("select id from organization where name = '湖南工业职业技术学院'");

        // staff choose the projects; a project of another city is refused, and nobody else may choose
        assertThat(error(send(
                        "admin",
                        post("/supervision/tasks/" + task + "/projects")
                                .param("projects", String.valueOf(loudiProject), String.valueOf(changshaProject)))))
                .isEqualTo("supervision.task.error.project");
        assertThat(send(
                                "inspector1",
                                post("/supervision/tasks/" + task + "/projects")
                                        .param("projects", String.valueOf(loudiProject)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send(
                        "admin",
                        post("/supervision/tasks/" + task + "/projects")
                                .param("projects", String.valueOf(loudiProject)))))
                .isNull();
        assertThat(id("select count(*) from inspection_task_project where task_id = ?", task))
                .isEqualTo(1);
        assertThat(id("""
                select count(*) from supervision_state_change where subject_type = 'TASK' and subject_id = ?
                and reason_key = 'supervision.history.projects'""", task)).isEqualTo(1);

        // the task page lists them and the finding form offers them
        String page = mvc.perform(get("/supervision/tasks/" + task).with(users.as("inspector1")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("inspected-" + loudiProject)
                .contains("新化楚怡实训基地（督查测试）")
                .contains("name=\"projectId\"")
                .doesNotContain("长沙项目（督查测试）")
                .doesNotContain("projects-form");
        assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("choose-project-" + loudiProject);

        // a finding on a project not chosen, or naming another school, is refused
        String deadline = LocalDate.now(PortalTime.ZONE).plusDays(30).toString();
        assertThat(error(send("inspector1", raise(task, changshaProject, null, deadline))))
                .isEqualTo("supervision.finding.error.project");
        assertThat(error(send("inspector1", raise(task, loudiProject, hngySchool, deadline))))
                .isEqualTo("supervision.finding.error.projectSchool");
        assertThat(id("select count(*) from finding where task_id = ?", task)).isZero();

        var raised = send("inspector1", raise(task, loudiProject, null, deadline));
        assertThat(error(raised)).isNull();
        long finding = id("select id from finding where task_id = ?", task);
        assertThat(jdbc.queryForMap("select organization_id, project_id from finding where id = ?", finding))
                .containsEntry("organization_id", xhcySchool)
                .containsEntry("project_id", loudiProject);
        assertThat(id("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'xhcy' and n.link = ?""", "/supervision/findings/" + finding)).isEqualTo(1);

        // the project's school sees and answers it; another school gets "not found"
        var seen = mvc.perform(get("/supervision/findings/" + finding).with(users.as("xhcy")))
                .andReturn()
                .getResponse();
        assertThat(seen.getStatus()).isEqualTo(200);
        assertThat(seen.getContentAsString()).contains("finding-project").contains("新化楚怡实训基地（督查测试）");
        assertThat(mvc.perform(get("/supervision/findings/" + finding).with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(
                                "hngy",
                                post("/supervision/findings/" + finding + "/answer")
                                        .param("measures", "不是我的"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(error(send(
                        "xhcy",
                        post("/supervision/findings/" + finding + "/answer").param("measures", "已完善实训基地台账"))))
                .isNull();
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .isEqualTo("ANSWERED");
        assertThat(mvc.perform(get("/rectifications").with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/supervision/findings/" + finding);
    }

    @Test
    void theDemoInspectionOfLoudiListsItsProjectsToThoseWhoSeeTheTask() throws Exception {
        long task = id("""
                select t.id from inspection_task t join supervision_plan p on p.id = t.plan_id
                where p.plan_year = 2025 and t.city_code = '431300' and t.organization_id is null""");
        for (String user : new String[] {"admin", "loudi", "inspector1"}) {
            assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(user)
                    .contains("inspected-projects")
                    .contains("楚怡文化传承基地")
                    .contains("涟源市楚怡中职学校改扩建")
                    .doesNotContain("projects-form");
        }
        assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static MockHttpServletRequestBuilder raise(long task, long project, Long school, String deadline) {
        var request = post("/supervision/tasks/" + task + "/findings")
                .param("category", "项目台账不全")
                .param("severity", "GENERAL")
                .param("description", "实训基地建设台账缺失。")
                .param("projectId", String.valueOf(project))
                .param("deadline", deadline);
        return school == null ? request : request.param("organizationId", String.valueOf(school));
    }
}
