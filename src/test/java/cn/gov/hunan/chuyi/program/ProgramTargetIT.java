package cn.gov.hunan.chuyi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class ProgramTargetIT extends PostgresIntegrationTest {

    private long version(String code) {
        return jdbc.queryForObject("select version from program where code = ?", Long.class, code);
    }

    private Integer target(String code) {
        return jdbc.queryForObject("select target from program where code = ?", Integer.class, code);
    }

    private String submit(String code, String target, String reason, long version, String lang) throws Exception {
        return mvc.perform(post("/programs/" + code + "/target")
                        .with(users.as("admin"))
                        .with(csrf())
                        .cookie(new Cookie("CHUYI_LANG", lang))
                        .param("target", target)
                        .param("reason", reason)
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void provinceStaffChangeATargetAndTheChangeIsRecordedWithItsReason() throws Exception {
        Integer before = target("TECHNICIAN_SPECIALTY");
        mvc.perform(post("/programs/TECHNICIAN_SPECIALTY/target")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("target", String.valueOf(before + 2))
                        .param("reason", "2026 年规划调整")
                        .param("version", String.valueOf(version("TECHNICIAN_SPECIALTY"))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/programs/TECHNICIAN_SPECIALTY"));

        assertThat(target("TECHNICIAN_SPECIALTY")).isEqualTo(before + 2);
        String detail = mvc.perform(get("/programs/TECHNICIAN_SPECIALTY").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail)
                .contains("2026 年规划调整")
                .contains(before + " → " + (before + 2))
                .contains(">admin<");
    }

    @Test
    void anEmptyTargetMeansOpen() throws Exception {
        submit("INHERITOR", "5", "试点", version("INHERITOR"), "zh-CN");
        assertThat(target("INHERITOR")).isEqualTo(5);
        submit("INHERITOR", "", "恢复为不限", version("INHERITOR"), "zh-CN");
        assertThat(target("INHERITOR")).isNull();
    }

    @Test
    void invalidInputIsRefusedInTheUsersLanguageAndNothingIsSaved() throws Exception {
        long version = version("UNDERGRAD_CLUSTER");
        Integer before = target("UNDERGRAD_CLUSTER");

        assertThat(submit("UNDERGRAD_CLUSTER", "-1", "x", version, "zh-CN")).contains("目标数须为 0 到 10000 之间的整数");
        assertThat(submit("UNDERGRAD_CLUSTER", "-1", "x", version, "en"))
                .contains("The target must be a whole number from 0 to 10000");
        assertThat(submit("UNDERGRAD_CLUSTER", "12", "", version, "zh-CN")).contains("请填写调整理由");
        assertThat(submit("UNDERGRAD_CLUSTER", "12", "   ", version, "en")).contains("Please give a reason");
        assertThat(submit("UNDERGRAD_CLUSTER", "abc", "x", version, "zh-CN")).contains("目标数须为整数");
        assertThat(submit("UNDERGRAD_CLUSTER", "12", "x".repeat(501), version, "zh-CN"))
                .contains("不能超过 500 个字");
        // what the user typed is kept in the form
        assertThat(submit("UNDERGRAD_CLUSTER", "12", "", version, "zh-CN")).contains("value=\"12\"");

        assertThat(target("UNDERGRAD_CLUSTER")).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_target_change where program_code = 'UNDERGRAD_CLUSTER'",
                        Integer.class))
                .isZero();
    }

    @Test
    void targetCannotGoBelowTheProjectsAlreadyDesignated() throws Exception {
        // the demo register holds 3 city flagship schools
        String page = submit("CITY_SECONDARY_SCHOOL", "2", "压缩", version("CITY_SECONDARY_SCHOOL"), "zh-CN");
        assertThat(page).contains("目标数不能少于已立项的项目数");
        assertThat(target("CITY_SECONDARY_SCHOOL")).isEqualTo(14);
    }

    @Test
    void aStaleFormDoesNotOverwriteSomeoneElsesChange() throws Exception {
        long seen = version("TRAINING_BASE");
        submit("TRAINING_BASE", "81", "第一人", seen, "zh-CN");
        String page = submit("TRAINING_BASE", "90", "第二人", seen, "zh-CN");
        assertThat(page).contains("其他用户刚刚修改了该项目的目标数");
        assertThat(target("TRAINING_BASE")).isEqualTo(81);
    }
}
