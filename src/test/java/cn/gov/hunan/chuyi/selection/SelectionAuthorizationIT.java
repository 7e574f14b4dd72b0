package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every endpoint of the selection module against every role (a role that may not call it gets 403), and
 * guessed ids of other organisations' records (404). Runs on the demo rounds.
 */
class SelectionAuthorizationIT extends PostgresIntegrationTest {

    static final List<String> EVERYONE = List.of(
            "admin",
            "changsha",
            "loudi",
            "hngy",
            "xhcy",
            "expert1",
            "expert2",
            "inspector1",
            "auditor",
            "sysadmin",
            "secadmin");

    long reviewRound;
    long openRound;
    long loudiNomination;
    long hngyDraft;
    long changshaNomination;
    long expert1Assignment;
    long expert2OnlyNomination;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @BeforeEach
    void demoRecords() {
        reviewRound = id("select id from selection_round where title = '2026年楚怡优秀中职学校遴选（演示）'");
        openRound = id("select id from selection_round where title = '2026年楚怡优质中职专业（群）遴选（演示）'");
        loudiNomination = id(
                "select n.id from nomination n join organization o on o.id = n.organization_id where n.round_id = ? and o.name = '涟源市工贸职业中等专业学校'",
                openRound);
        changshaNomination = id(
                "select n.id from nomination n join organization o on o.id = n.organization_id where n.round_id = ? and o.name = '浏阳市楚怡中等职业学校'",
                openRound);
        hngyDraft = id(
                "select n.id from nomination n join organization o on o.id = n.organization_id join selection_round r on r.id = n.round_id where r.title = '2026年楚怡高水平高职专业群遴选（演示）' and o.name = '湖南工业职业技术学院'");
        expert1Assignment = id(
                "select a.id from review_assignment a join app_user u on u.id = a.expert_id join nomination n on n.id = a.nomination_id where u.username = 'expert1' and n.round_id = ? order by a.id limit 1",
                reviewRound);
        expert2OnlyNomination = id("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                where n.round_id = ? and o.name = '澧县职业中专学校'""", reviewRound);
    }

    private int getStatus(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int postStatus(String user, String path, String... params) throws Exception {
        var request = post(path).with(users.as(user)).with(csrf()).header("Referer", "http://localhost/");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /**
     * The roles in {@code allowed} get past the role rule with the one status the request is meant to give them (the
     * page 200, a refusal or a success sent back 302, no such record 404: the ids probed include 0); everyone else
     * 403. One status, not "anything but 403", which a 500 would pass.
     */
    private void onlyTheseRolesGet(Set<String> allowed, int expected, String method, String path, String... params)
            throws Exception {
        for (String user : EVERYONE) {
            int status = "GET".equals(method) ? getStatus(user, path) : postStatus(user, path, params);
            assertThat(status).as("%s %s %s", user, method, path).isEqualTo(allowed.contains(user) ? expected : 403);
        }
    }

    @Test
    void roundPagesAndActionsByRole() throws Exception {
        Set<String> business = Set.of("admin", "changsha", "loudi", "hngy", "xhcy", "expert1", "expert2");
        onlyTheseRolesGet(business, 200, "GET", "/rounds");
        onlyTheseRolesGet(business, 200, "GET", "/rounds/" + openRound);
        Set<String> admin = Set.of("admin");
        onlyTheseRolesGet(admin, 200, "GET", "/rounds/new");
        onlyTheseRolesGet(admin, 200, "GET", "/rounds/" + openRound + "/edit");
        onlyTheseRolesGet(admin, 200, "GET", "/rounds/" + reviewRound + "/assignments");
        onlyTheseRolesGet(admin, 200, "GET", "/rounds/" + reviewRound + "/ranking");
        // a form with errors comes back (200); a move or a decision asks for confirmation first (200)
        onlyTheseRolesGet(admin, 200, "POST", "/rounds", "title", "");
        onlyTheseRolesGet(admin, 200, "POST", "/rounds/" + openRound, "title", "");
        onlyTheseRolesGet(
                admin, 200, "POST", "/rounds/" + openRound + "/transition", "move", "CANCEL", "version", "-1");
        onlyTheseRolesGet(admin, 302, "POST", "/rounds/" + reviewRound + "/assignments/auto");
        onlyTheseRolesGet(
                admin, 404, "POST", "/rounds/" + reviewRound + "/assignments", "nominationId", "0", "expertId", "0");
        onlyTheseRolesGet(admin, 404, "POST", "/rounds/" + reviewRound + "/assignments/0/delete");
        onlyTheseRolesGet(admin, 200, "POST", "/rounds/" + reviewRound + "/decision", "version", "-1");
        onlyTheseRolesGet(admin, 404, "POST", "/rounds/" + reviewRound + "/objections/0", "upheld", "false");
        onlyTheseRolesGet(admin, 404, "GET", "/rounds/" + reviewRound + "/objections/0/evidence");
    }

    @Test
    void nominationPagesAndActionsByRole() throws Exception {
        onlyTheseRolesGet(Set.of("admin", "changsha", "loudi", "hngy", "xhcy"), 200, "GET", "/nominations");
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 200, "GET", "/nominations/new?round=" + openRound);
        onlyTheseRolesGet(
                Set.of("hngy", "xhcy"), 200, "POST", "/nominations", "round", String.valueOf(openRound), "title", "");
        // ids that do not exist: the role check answers first, and no demo record changes
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 404, "POST", "/nominations/0/submit");
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 404, "POST", "/nominations/0/withdraw");
        for (String user : EVERYONE) {
            int status = mvc.perform(MockMvcRequestBuilders.multipart("/nominations/0/attachments")
                            .file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                            .with(users.as(user))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(user + " upload")
                    .isEqualTo(Set.of("hngy", "xhcy").contains(user) ? 404 : 403);
        }
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 404, "POST", "/nominations/0/attachments/0/delete");
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 404, "GET", "/nominations/0/edit");
        onlyTheseRolesGet(Set.of("hngy", "xhcy"), 404, "POST", "/nominations/0", "title", "x");
        onlyTheseRolesGet(Set.of("changsha", "loudi"), 404, "POST", "/nominations/0/recommend");
        onlyTheseRolesGet(Set.of("expert1", "expert2"), 404, "GET", "/reviews/0");
        onlyTheseRolesGet(Set.of("expert1", "expert2"), 404, "POST", "/reviews/0", "version", "0");
        onlyTheseRolesGet(Set.of("expert1", "expert2"), 404, "POST", "/reviews/0/conflict", "reason", "x");
        // a return without a reason is refused and sent back before the nomination is looked up, so another city learns
        // nothing either
        onlyTheseRolesGet(Set.of("changsha", "loudi"), 302, "POST", "/nominations/" + loudiNomination + "/return");
        // the round is still open: no eligibility check yet, refused and sent back
        onlyTheseRolesGet(
                Set.of("admin"), 302, "POST", "/nominations/" + loudiNomination + "/eligibility", "eligible", "true");
        onlyTheseRolesGet(Set.of("expert1", "expert2"), 200, "GET", "/reviews");
    }

    @Test
    void aSchoolGets404ForAnotherSchoolsNominationWhateverItTries() throws Exception {
        assertThat(getStatus("xhcy", "/nominations/" + hngyDraft)).isEqualTo(404);
        assertThat(getStatus("xhcy", "/nominations/" + hngyDraft + "/edit")).isEqualTo(404);
        assertThat(postStatus("xhcy", "/nominations/" + hngyDraft, "title", "抢", "version", "0"))
                .isEqualTo(404);
        assertThat(postStatus("xhcy", "/nominations/" + hngyDraft + "/submit")).isEqualTo(404);
        assertThat(postStatus("xhcy", "/nominations/" + hngyDraft + "/withdraw"))
                .isEqualTo(404);
        assertThat(getStatus("xhcy", "/nominations/" + hngyDraft + "/attachments/1"))
                .isEqualTo(404);
        assertThat(getStatus("hngy", "/nominations/999999999")).isEqualTo(404);
        String list = mvc.perform(get("/nominations").with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("湖南工业职业技术学院").doesNotContain("涟源市工贸职业中等专业学校");
    }

    @Test
    void aCityOfficerActsOnlyOnItsOwnCitysFiledNominations() throws Exception {
        assertThat(getStatus("changsha", "/nominations/" + loudiNomination)).isEqualTo(404);
        assertThat(postStatus("changsha", "/nominations/" + loudiNomination + "/recommend"))
                .isEqualTo(404);
        assertThat(getStatus("loudi", "/nominations/" + changshaNomination)).isEqualTo(404);
        assertThat(getStatus("loudi", "/nominations/" + hngyDraft))
                .as("another city's draft")
                .isEqualTo(404);
        String list = mvc.perform(get("/nominations").with(users.as("loudi")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("涟源市工贸职业中等专业学校").doesNotContain("浏阳市楚怡中等职业学校");
        assertThat(getStatus("admin", "/nominations/" + hngyDraft))
                .as("drafts are the school's own")
                .isEqualTo(404);
    }

    @Test
    void anExpertSeesOnlyItsOwnAssignmentsAndNeverAnotherExpertsScores() throws Exception {
        assertThat(getStatus("expert2", "/reviews/" + expert1Assignment)).isEqualTo(404);
        assertThat(postStatus("expert2", "/reviews/" + expert1Assignment, "version", "0", "action", "submit"))
                .isEqualTo(404);
        assertThat(postStatus("expert2", "/reviews/" + expert1Assignment + "/conflict", "reason", "x"))
                .isEqualTo(404);
        assertThat(getStatus("expert1", "/nominations/" + expert2OnlyNomination))
                .as("not assigned")
                .isEqualTo(404);
        assertThat(getStatus("expert1", "/nominations/" + loudiNomination)).isEqualTo(404);
        String own = mvc.perform(get("/reviews/" + expert1Assignment).with(users.as("expert1")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own)
                .doesNotContain("专家二")
                .doesNotContain("专家三")
                .doesNotContain("专家四")
                .doesNotContain("专家五");
    }

    @Test
    void publicityAndObjectingArePublicButOnlyForARoundWhoseNoticeIsUp() throws Exception {
        assertThat(mvc.perform(get("/publicity")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/publicity/" + openRound))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a round not in publicity is not public")
                .isEqualTo(404);
        assertThat(mvc.perform(post("/publicity/" + openRound + "/objections")
                                .with(csrf())
                                .param("nominationId", "1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no objection to a round without a notice")
                .isEqualTo(404);
        assertThat(mvc.perform(post("/publicity/" + openRound + "/objections").param("nominationId", "1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("CSRF stays on for anonymous visitors")
                .isEqualTo(403);
        assertThat(mvc.perform(get("/notifications")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(getStatus("inspector1", "/notifications")).isEqualTo(200);
    }
}
