package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Issue 18: the expert pool — a row updates the profile of the expert with that user name (title, fields, contact);
 * a name, home organisation or city that differs from the account, or an unknown expert, is a problem of its row and
 * nothing is written.
 */
class ExpertImportIT extends PostgresIntegrationTest {

    static final List<Object> HEADER = List.of("用户名", "姓名", "工作单位", "职称", "专业领域", "所在市州代码", "联系方式");

    private static byte[] pool(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return Workbooks.sheet("数据", all);
    }

    private String upload(byte[] workbook) throws Exception {
        return mvc.perform(multipart("/experts/import")
                        .file(new MockMultipartFile("file", "专家库.xlsx", "application/octet-stream", workbook))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private long id(String report) {
        return Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
    }

    private Map<String, Object> profile(String username) {
        return jdbc.queryForMap(
                "select title, fields, contact from expert_profile where user_id = (select id from app_user where username = ?)",
                username);
    }

    @Test
    void aRowUpdatesTheProfileOfItsExpertOnConfirmation() throws Exception {
        var before = profile("expert3");
        try {
            String report = upload(pool(
                    List.of("expert3", "专家三（岳阳职院）", "岳阳职业技术学院", "二级教授", "学校治理；职业教育管理，产教融合", 430600, "0730-1234567")));
            assertThat(jdbc.queryForObject("select status from data_import where id = ?", String.class, id(report)))
                    .isEqualTo("CHECKED");
            assertThat(profile("expert3")).isEqualTo(before);
            long version = jdbc.queryForObject("select version from data_import where id = ?", Long.class, id(report));
            mvc.perform(post(report + "/apply")
                            .param("version", String.valueOf(version))
                            .param("confirmed", "true")
                            .with(users.as("admin"))
                            .with(csrf()))
                    .andReturn();
            assertThat(profile("expert3"))
                    .containsEntry("title", "二级教授")
                    .containsEntry("fields", "学校治理、职业教育管理、产教融合")
                    .containsEntry("contact", "0730-1234567");
            assertThat(mvc.perform(get("/experts/import").with(users.as("admin")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("导入 1 行，来自 专家库.xlsx");
        } finally {
            jdbc.update(
                    "update expert_profile set title = ?, fields = ?, contact = ? where user_id = (select id from app_user where username = 'expert3')",
                    before.get("title"),
                    before.get("fields"),
                    before.get("contact"));
        }
    }

    @Test
    void unknownExpertsAndDifferencesFromTheAccountAreProblemsOfTheirRows() throws Exception {
        var before = profile("expert4");
        String report = upload(pool(
                List.of("expert4", "专家四（常德职院）", "", "教授", "护理", "", ""),
                List.of("nobody-here", "无名氏", "", "", "", "", ""),
                List.of("expert5", "专家五", "长沙民政职业技术学院", "", "", "430100", ""),
                List.of("hngy", "湖南工业职业技术学院管理员", "", "", "a、b、c、d、e、f、g、h、i、j、k", "", "")));
        assertThat(jdbc.queryForList(
                        "select row_number || ':' || column_key || ':' || message_key from data_import_problem where import_id = ? order by row_number, id",
                        String.class,
                        id(report)))
                .containsExactly(
                        "3:imports.expert.username:imports.expert.problem.unknown",
                        "4:imports.expert.name:imports.expert.problem.name",
                        "4:imports.expert.organization:imports.expert.problem.organization",
                        "4:imports.expert.city:imports.expert.problem.city",
                        "5:imports.expert.fields:selection.expert.error.fieldCount");
        String page = mvc.perform(get(report).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("专家库中没有用户名为“nobody-here”的专家").contains("与账号登记的姓名“专家五（怀化职院）”不一致");
        assertThat(profile("expert4")).isEqualTo(before);
    }

    @Test
    void onlyProvinceStaffImportExperts() throws Exception {
        assertThat(mvc.perform(get("/experts/import").with(users.as("expert1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
