package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The menu with the real filter chain and method security (MenuTests walks every role): what a visitor, a province
 * officer and an auditor see, and that a "not found" page keeps the user's menu.
 */
class MenuIT extends PostgresIntegrationTest {

    @Test
    void aVisitorSeesThePublicEntriesOnly() throws Exception {
        String html = mvc.perform(get("/publicity")).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("id=\"nav-publicity\"", "id=\"nav-think-tank\"", "id=\"nav-inheritors\"")
                .doesNotContain("id=\"nav-dashboard\"", "id=\"nav-programs\"", "id=\"nav-users\"");
    }

    @Test
    void provinceStaffSeeTheBusinessEntriesAndNoAdministration() throws Exception {
        String html = mvc.perform(get("/").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"nav-dashboard\"",
                        "id=\"nav-programs\"",
                        "id=\"nav-coverage\"",
                        "id=\"nav-supervision\"",
                        "id=\"nav-tasks\"",
                        "id=\"nav-publicity\"")
                .doesNotContain("id=\"nav-reviews\"", "id=\"nav-school-data\"", "id=\"nav-users\"", "id=\"nav-audit\"");
    }

    @Test
    void anAuditorSeesTheAuditLogAndNoBusinessEntry() throws Exception {
        String html = mvc.perform(get("/admin/audit").with(users.as("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"nav-audit\"", "id=\"nav-publicity\"")
                .doesNotContain(
                        "id=\"menu-directory\"", "id=\"nav-programs\"", "id=\"nav-users\"", "id=\"nav-policy\"");
    }

    @Test
    void aNotFoundPageKeepsTheMenu() throws Exception {
        var response = mvc.perform(get("/organizations/999999999").with(users.as("changsha")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("id=\"nav-organizations\"", "id=\"nav-tasks\"");
    }
}
