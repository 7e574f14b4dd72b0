package cn.gov.hunan.chuyi.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Groups: set-up, members of every kind joining and leaving, who may change them, and the expert-conflict rule. */
class GroupIT extends PostgresIntegrationTest {

    private MvcResult send(String user, String path, String... params) throws Exception {
        var request = post(path).with(users.as(user)).with(csrf()).header("Referer", "http://localhost/groups");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private long organization(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theLeadSchoolKeepsItsMembersOfEveryKindWithJoiningAndLeavingDates() throws Exception {
        long lead = organization("湖南工业职业技术学院");
        assertThat(send("admin", "/groups", "name", " ", "lead", String.valueOf(lead), "foundedOn", "2020-01-01")
                        .getModelAndView()
                        .getModel()
                        .get("errorKey"))
                .isEqualTo("group.error.fields");
        var future = send(
                "admin",
                "/groups",
                "name",
                "测试装备制造职教集团",
                "lead",
                String.valueOf(lead),
                "foundedOn",
                LocalDate.now(PortalTime.ZONE).plusDays(2).toString(),
                "description",
                "已填写的简介");
        assertThat(future.getModelAndView().getModel().get("errorKey")).isEqualTo("group.error.future");
        assertThat(future.getResponse().getContentAsString())
                .as("nothing typed is lost")
                .contains("value=\"测试装备制造职教集团\"")
                .contains("已填写的简介")
                .contains("日期不能晚于今天");
        assertThat(send(
                                "hngy",
                                "/groups",
                                "name",
                                "测试装备制造职教集团",
                                "lead",
                                String.valueOf(lead),
                                "foundedOn",
                                "2020-01-01")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String location = send(
                        "admin",
                        "/groups",
                        "name",
                        "测试装备制造职教集团",
                        "lead",
                        String.valueOf(lead),
                        "foundedOn",
                        "2020-01-01",
                        "description",
                        "测试集团")
                .getResponse()
                .getRedirectedUrl();
        long group = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(send(
                                "admin",
                                "/groups",
                                "name",
                                "测试装备制造职教集团",
                                "lead",
                                String.valueOf(lead),
                                "foundedOn",
                                "2020-01-01")
                        .getModelAndView()
                        .getModel()
                        .get("errorKey"))
                .isEqualTo("group.error.duplicate");

        // the lead school's administrator adds members; another school may not
        long school = organization("浏阳市楚怡中等职业学校");
        assertThat(send("xhcy", location + "/members", "organization", String.valueOf(school), "joinedOn", "2021-01-01")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send(
                        "hngy",
                        location + "/members",
                        "organization",
                        String.valueOf(school),
                        "joinedOn",
                        "2019-12-31")))
                .isEqualTo("group.error.beforeFounded");
        assertThat(error(send(
                        "hngy",
                        location + "/members",
                        "organization",
                        String.valueOf(school),
                        "joinedOn",
                        "2021-01-01")))
                .isNull();
        assertThat(error(send(
                        "hngy",
                        location + "/members",
                        "organization",
                        String.valueOf(school),
                        "joinedOn",
                        "2021-02-01")))
                .isEqualTo("group.error.alreadyMember");
        assertThat(error(send(
                        "hngy",
                        location + "/partners",
                        "name",
                        "测试重工股份有限公司",
                        "kind",
                        "ENTERPRISE",
                        "city",
                        "430100",
                        "joinedOn",
                        "2021-03-01")))
                .isNull();
        assertThat(jdbc.queryForObject("select kind from organization where name = '测试重工股份有限公司'", String.class))
                .isEqualTo("ENTERPRISE");
        assertThat(error(send(
                        "hngy",
                        location + "/partners",
                        "name",
                        "测试重工股份有限公司",
                        "kind",
                        "ENTERPRISE",
                        "joinedOn",
                        "2021-03-01")))
                .isEqualTo("organization.partner.error.duplicate");
        assertThat(error(send(
                        "hngy",
                        location + "/partners",
                        "name",
                        "测试中职学校",
                        "kind",
                        "SECONDARY_VOCATIONAL",
                        "joinedOn",
                        "2021-03-01")))
                .isEqualTo("organization.partner.error.fields");
        assertThat(error(send(
                        "admin",
                        location + "/partners",
                        "name",
                        "湖南省测试研究院",
                        "kind",
                        "RESEARCH_INSTITUTE",
                        "joinedOn",
                        "2022-05-01")))
                .isNull();

        String groupPage = page("changsha", location);
        assertThat(groupPage)
                .contains("现有成员单位（4 个）")
                .contains("测试重工股份有限公司")
                .contains("企业 1")
                .contains("科研机构 1")
                .doesNotContain("add-member-form");
        assertThat(page("hngy", location)).contains("add-member-form").contains("add-partner-form");

        // leaving: never the lead, never before joining, always with a reason
        long leadMember = jdbc.queryForObject(
                "select id from voc_group_member where group_id = ? and organization_id = ?", Long.class, group, lead);
        long schoolMember = jdbc.queryForObject(
                "select id from voc_group_member where group_id = ? and organization_id = ?",
                Long.class,
                group,
                school);
        assertThat(error(send(
                        "hngy", location + "/members/" + leadMember + "/leave", "leftOn", "2023-01-01", "reason", "x")))
                .isEqualTo("group.error.leadLeaves");
        assertThat(error(send(
                        "hngy",
                        location + "/members/" + schoolMember + "/leave",
                        "leftOn",
                        "2020-06-01",
                        "reason",
                        "x")))
                .isEqualTo("group.error.leftBeforeJoined");
        assertThat(error(send(
                        "hngy",
                        location + "/members/" + schoolMember + "/leave",
                        "leftOn",
                        "2024-06-30",
                        "reason",
                        " ")))
                .isEqualTo("group.error.leftReason");
        assertThat(error(send(
                        "hngy",
                        location + "/members/" + schoolMember + "/leave",
                        "leftOn",
                        "2024-06-30",
                        "reason",
                        "调整合作方向")))
                .isNull();
        assertThat(page("admin", location))
                .contains("现有成员单位（3 个）")
                .contains("former-members")
                .contains("调整合作方向");
        assertThat(jdbc.queryForObject(
                        "select count(*) from voc_group_change where group_id = ?", Integer.class, group))
                .isEqualTo(5);

        // the organisation's profile shows its groups, current and former
        String profile = page("admin", "/organizations/" + school);
        assertThat(profile)
                .contains("membership-" + group)
                .contains("测试装备制造职教集团")
                .contains("2024-06-30");
        assertThat(page("admin", "/organizations/" + lead))
                .contains("membership-" + group)
                .contains("牵头单位");
    }

    @Test
    void anExpertFromAGroupPartnerOfTheApplicantMayNotReviewIt() throws Exception {
        long round =
                jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀中职学校遴选（演示）'", Long.class);
        long applicant = organization("醴陵市陶瓷烟花职业技术学校");
        long nomination = jdbc.queryForObject(
                "select id from nomination where round_id = ? and organization_id = ?", Long.class, round, applicant);
        var free = jdbc.queryForList("""
                select u.id, u.organization_id from app_user u join user_role r on r.user_id = u.id and r.role = 'EXPERT'
                where u.id not in (select expert_id from review_assignment where nomination_id = ?)
                  and u.organization_id is not null order by u.id""", nomination);
        assertThat(free).isNotEmpty();
        long expert = ((Number) free.get(0).get("id")).longValue();
        long home = ((Number) free.get(0).get("organization_id")).longValue();

        String location = send(
                        "admin",
                        "/groups",
                        "name",
                        "测试陶瓷产业职教联盟",
                        "lead",
                        String.valueOf(applicant),
                        "foundedOn",
                        "2022-01-01")
                .getResponse()
                .getRedirectedUrl();
        assertThat(error(send(
                        "admin",
                        location + "/members",
                        "organization",
                        String.valueOf(home),
                        "joinedOn",
                        "2022-02-01")))
                .isNull();
        assertThat(error(send(
                        "admin",
                        "/rounds/" + round + "/assignments",
                        "nominationId",
                        String.valueOf(nomination),
                        "expertId",
                        String.valueOf(expert))))
                .isEqualTo("selection.review.error.conflict");

        long member = jdbc.queryForObject(
                "select id from voc_group_member where organization_id = ? and left_on is null "
                        + "and group_id = (select id from voc_group where name = '测试陶瓷产业职教联盟')",
                Long.class,
                home);
        send(
                "admin",
                location + "/members/" + member + "/leave",
                "leftOn",
                LocalDate.now(PortalTime.ZONE).toString(),
                "reason",
                "退出");
        assertThat(error(send(
                        "admin",
                        "/rounds/" + round + "/assignments",
                        "nominationId",
                        String.valueOf(nomination),
                        "expertId",
                        String.valueOf(expert))))
                .as("a former partner is no longer a conflict")
                .isNull();
        jdbc.update("delete from review_assignment where nomination_id = ? and expert_id = ?", nomination, expert);
    }

    @Test
    void everyBusinessRoleReadsGroupsAndOnlyTheDepartmentSetsThemUp() throws Exception {
        long demoGroup = jdbc.queryForObject("select id from voc_group where name = '湖南工业职业教育集团（演示）'", Long.class);
        for (String user : List.of(
                "admin",
                "changsha",
                "loudi",
                "hngy",
                "xhcy",
                "expert1",
                "inspector1",
                "auditor",
                "sysadmin",
                "secadmin")) {
            boolean business = !Set.of("auditor", "sysadmin", "secadmin").contains(user);
            assertThat(mvc.perform(get("/groups").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(business ? 200 : 403);
            assertThat(mvc.perform(get("/groups/" + demoGroup).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(business ? 200 : 403);
            assertThat(mvc.perform(get("/groups/new").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo("admin".equals(user) ? 200 : 403);
            boolean mayManage = Set.of("admin", "hngy").contains(user);
            int status = send(user, "/groups/" + demoGroup + "/members", "organization", "0", "joinedOn", "2020-01-01")
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user + " add member").isEqualTo(mayManage ? 302 : 403);
            int partner = send(
                            user,
                            "/groups/" + demoGroup + "/partners",
                            "name",
                            "",
                            "kind",
                            "ENTERPRISE",
                            "joinedOn",
                            "2020-01-01")
                    .getResponse()
                    .getStatus();
            assertThat(partner).as(user + " add partner").isEqualTo(mayManage ? 302 : 403);
            int leave = send(user, "/groups/" + demoGroup + "/members/0/leave", "leftOn", "2024-01-01", "reason", "x")
                    .getResponse()
                    .getStatus();
            assertThat(leave).as(user + " leave").isEqualTo(mayManage ? 404 : 403);
        }
        assertThat(mvc.perform(get("/groups/999999").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page("admin", "/groups")).contains("湖南工业职业教育集团（演示）").contains("娄底现代农业与文印职业教育联盟（演示）");
        assertThat(page("admin", "/groups/" + demoGroup))
                .contains("楚怡示范性职业教育集团")
                .contains("中车株洲电力机车（演示）");
    }
}
