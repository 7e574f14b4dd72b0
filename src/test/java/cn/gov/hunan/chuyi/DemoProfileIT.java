package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.review.AssignmentRepository;
import cn.gov.hunan.chuyi.support.SessionCookie;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The zero-set-up demo of {@code ./mvnw spring-boot:run}: the default profile on embedded H2 in
 * PostgreSQL mode (in memory here, a file under ./data/ when run), so the demo path cannot rot.
 */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:demo-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
class DemoProfileIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    NominationRepository nominations;

    @Test
    void theLoginPageSaysItIsTheDemoAndShowsThePassword() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("演示环境").contains("Chuyi@2026");
    }

    @Test
    void everyDemoAccountSignsIn() throws Exception {
        for (String user : new String[] {
            "admin",
            "changsha",
            "loudi",
            "hngy",
            "xhcy",
            "expert1",
            "expert5",
            "inspector1",
            "inspector2",
            "auditor",
            "sysadmin",
            "secadmin"
        }) {
            mvc.perform(formLogin("/login").user(user).password("Chuyi@2026")).andExpect(authenticated());
        }
    }

    @Test
    void theDashboardRunsOnH2WithTheSameMigrations() throws Exception {
        var session = SessionCookie.of(
                mvc,
                mvc.perform(formLogin("/login").user("admin").password("Chuyi@2026"))
                        .andReturn());
        String html = session.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("已确定 3 个市州，共 14 个").contains("楚怡示范性职业教育集团（联盟）");
        String directory = session.perform(get("/organizations?q=楚怡&city=431300"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(directory).contains("新化县楚怡工业学校");
        // the demo funds: the culture base of 湖南工业 spent 1.45 of 2.1 million
        assertThat(html).contains("funds-dashboard").contains("69.0%");
        String register = session.perform(get("/projects?rateBelow=50"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(register).contains("楚怡高水平高职院校建设").contains("0.0%").doesNotContain("楚怡职业教育文化馆");
    }

    /**
     * The demo tells one story: a nomination ranked with a final score was scored by its round's experts (the
     * technician colleges' round showed 拟立项 with 0/0 experts; the ones added for it add up their criteria), the
     * recorded final score is their average (fewer than five experts: nothing dropped), and a project's
     * construction period ends when its latest approved task book does (汨罗 ended in 2024 while its second version,
     * after an approved extension, runs to 2025).
     */
    @Test
    void theDemosRankedNominationsWereReviewedAndItsProjectsEndWithTheirTaskBooks() {
        var unreviewed = jdbc.queryForList("""
                select r.title || ' / ' || o.name from nomination n
                join selection_round r on r.id = n.round_id
                join organization o on o.id = n.organization_id
                where n.final_score is not null
                  and (select count(*) from review_assignment a where a.nomination_id = n.id and a.status = 'SUBMITTED')
                      < r.experts_per_nomination""", String.class);
        assertThat(unreviewed).isEmpty();
        var offAverage = jdbc.queryForList("""
                select o.name from nomination n join organization o on o.id = n.organization_id
                where n.final_score is not null
                  and abs(n.final_score - (select avg(a.total) from review_assignment a
                                           where a.nomination_id = n.id and a.status = 'SUBMITTED')) > 0.01""", String.class);
        assertThat(offAverage).isEmpty();
        var sumsOff = jdbc.queryForList("""
                select a.id from review_assignment a join nomination n on n.id = a.nomination_id
                where a.status = 'SUBMITTED' and (n.status = 'REMOVED' or n.round_id = (select id from selection_round
                                                  where title = '2026年楚怡优秀技工院校遴选（演示）'))
                  and a.total <> (select sum(s.score) from review_score s where s.assignment_id = a.id)""", Long.class);
        assertThat(sumsOff).isEmpty();
        var periods = jdbc.queryForList("""
                select o.name || ': ' || (p.designated_year + p.construction_years - 1) || ' / ' || b.end_year
                from designated_project p
                join organization o on o.id = p.organization_id
                join task_book b on b.project_id = p.id and b.status = 'APPROVED'
                where b.version_no = (select max(v.version_no) from task_book v
                                      where v.project_id = p.id and v.status = 'APPROVED')
                  and p.designated_year + p.construction_years - 1 <> b.end_year""", String.class);
        assertThat(periods).isEmpty();
    }

    /** Issue #18: the demo's filed nominations carry a placeholder sealed page; its schools upload their own. */
    @Test
    void theDemosChineseReasonsUseChinesePunctuation() {
        assertThat(jdbc.queryForList("""
                        select midterm_conclusion from designated_project where demo = true and midterm_conclusion like '%, %'
                        union all
                        select e.conclusion from project_evaluation e join designated_project p on p.id = e.project_id
                        where p.demo = true and e.conclusion like '%, %'
                        union all
                        select c.reason from project_state_change c join designated_project p on p.id = c.project_id
                        where p.demo = true and c.reason like '%, %'""", String.class))
                .as("Chinese text joined with an ASCII comma")
                .isEmpty();
    }

    @Test
    void theDemosFiledNominationsHaveASealedPageAndItsSchoolsUploadTheirs() throws Exception {
        long filed = jdbc.queryForObject("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                where o.name = '涟源市工贸职业中等专业学校' and n.status = 'SUBMITTED'""", Long.class);
        var city = SessionCookie.of(
                mvc,
                mvc.perform(formLogin("/login").user("loudi").password("Chuyi@2026"))
                        .andReturn());
        assertThat(city.perform(get("/nominations/" + filed))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"sealed-page-link\"");
        var sealed = city.perform(get("/nominations/" + filed + "/sealed-page"))
                .andReturn()
                .getResponse();
        assertThat(sealed.getStatus()).isEqualTo(200);
        assertThat(sealed.getContentType()).isEqualTo("application/pdf");

        long draft = jdbc.queryForObject("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                where o.name = '新化县楚怡工业学校' and n.status = 'DRAFT' order by n.id limit 1""", Long.class);
        var signedIn = mvc.perform(formLogin("/login").user("xhcy").password("Chuyi@2026"))
                .andReturn();
        var uploaded = mvc.perform(SealedPageFiles.uploadTo(draft)
                        .with(csrf())
                        .cookie(signedIn.getResponse().getCookie(SessionCookie.NAME)))
                .andReturn();
        assertThat(uploaded.getFlashMap().get("success")).isEqualTo("sealpage.saved");
    }

    /**
     * The placeholders read like the schools' own uploads, never "demo, today": by the school's account, or the school
     * where the demo has no account for it, 20 minutes before the nomination was submitted; and the demo migration
     * V215_1 rewrites an older "demo" placeholder the same way on H2 (SealedPageIT runs it on PostgreSQL).
     */
    @Test
    void theDemosSealedPagesReadAsUploadedByTheSchoolJustBeforeSubmission() throws Exception {
        String uploadedBy = """
                select d.uploaded_by from nomination_document d join nomination n on n.id = d.nomination_id
                join organization o on o.id = n.organization_id
                where d.kind = 'SEALED_PAGE' and o.name = ? and n.submitted_at is not null order by d.id limit 1""";
        assertThat(jdbc.queryForObject(uploadedBy, String.class, "新化县楚怡工业学校")).isEqualTo("xhcy");
        assertThat(jdbc.queryForObject(uploadedBy, String.class, "涟源市工贸职业中等专业学校"))
                .isEqualTo("涟源市工贸职业中等专业学校");
        String notJustBefore = """
                select count(*) from nomination_document d join nomination n on n.id = d.nomination_id
                where d.kind = 'SEALED_PAGE' and (d.uploaded_by = 'demo'
                   or d.uploaded_at <> n.submitted_at - interval '20' minute)""";
        assertThat(jdbc.queryForObject(notJustBefore, Integer.class)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination_document where kind = 'SEALED_PAGE'", Integer.class))
                .isPositive();

        jdbc.update("""
                update nomination_document set uploaded_by = 'demo', uploaded_at = current_timestamp
                where kind = 'SEALED_PAGE' and nomination_id in (select id from nomination where submitted_at is not null)""");
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/V215_1__demo_sealed_pages_as_uploaded.sql"))
                .execute(jdbc.getDataSource());
        assertThat(jdbc.queryForObject(uploadedBy, String.class, "新化县楚怡工业学校")).isEqualTo("xhcy");
        assertThat(jdbc.queryForObject(notJustBefore, Integer.class)).isZero();
    }

    /**
     * The busy pages bind their ids and states as one array ({@code array_has}, shared.ArrayHas): H2 in PostgreSQL mode
     * accepts {@code x = any(?)} as PostgreSQL does (QueryPlanCacheIT runs the same on PostgreSQL), and an empty array
     * finds nothing.
     */
    @Test
    void theBusyPagesFindTheirRowsByIdArraysOnH2() throws Exception {
        var session = SessionCookie.of(
                mvc,
                mvc.perform(formLogin("/login").user("admin").password("Chuyi@2026"))
                        .andReturn());
        long review =
                jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀中职学校遴选（演示）'", Long.class);
        String school = jdbc.queryForObject("""
                select o.name from nomination n join organization o on o.id = n.organization_id
                where n.round_id = ? and n.status = 'UNDER_REVIEW' order by n.id limit 1""", String.class, review);
        String expert = jdbc.queryForObject("""
                select u.display_name from review_assignment a join nomination n on n.id = a.nomination_id
                join app_user u on u.id = a.expert_id
                where n.round_id = ? and a.status <> 'CONFLICT' order by a.id limit 1""", String.class, review);
        var ranking = session.perform(get("/rounds/" + review + "/ranking"))
                .andReturn()
                .getResponse();
        assertThat(ranking.getStatus()).isEqualTo(200);
        assertThat(ranking.getContentAsString()).contains(school).contains(expert);

        long publicity =
                jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀技工院校遴选（演示）'", Long.class);
        var notice = session.perform(get("/publicity/" + publicity)).andReturn().getResponse();
        assertThat(notice.getStatus()).isEqualTo(200);
        assertThat(notice.getContentAsString()).contains("湖南航空技师学院");

        var list =
                session.perform(get("/nominations?round=" + review)).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(school);

        assertThat(assignments.ofNominations(new Long[0])).isEmpty();
        assertThat(nominations.findInRound(review, new String[0])).isEmpty();
        assertThat(nominations.findByRoundIdAndStatusIn(review, EnumSet.of(NominationStatus.UNDER_REVIEW)))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.status()).isEqualTo(NominationStatus.UNDER_REVIEW));
    }
}
