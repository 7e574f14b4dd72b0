package cn.gov.hunan.chuyi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

class OrganizationDirectoryIT extends PostgresIntegrationTest {

    private long idOf(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void filtersByCityCountyAndSchoolTypeAndSearchesByName() throws Exception {
        String xinhua = page("admin", "/organizations?city=431300&county=431322&kind=SECONDARY_VOCATIONAL");
        assertThat(xinhua).contains("新化县楚怡工业学校").doesNotContain("涟源市工贸职业中等专业学校");

        String search = page("admin", "/organizations?q=铁道");
        assertThat(search).contains("湖南铁道职业技术学院").doesNotContain("长沙民政职业技术学院");

        String technicians = page("admin", "/organizations?kind=TECHNICIAN");
        assertThat(technicians).contains("湖南航空技师学院").doesNotContain("湖南工业职业技术学院");
    }

    @Test
    void listIsPaginatedTwentyAPage() throws Exception {
        int total = jdbc.queryForObject("select count(*) from organization", Integer.class);
        String first = page("admin", "/organizations");
        assertThat(first).contains("共 " + total + " 个单位").contains("第 1 页，共 " + (total + 19) / 20 + " 页");
        assertThat(first.split("href=\"/organizations/\\d+\"", -1).length - 1).isEqualTo(20);

        String beyondTheEnd = page("admin", "/organizations?page=9999");
        assertThat(beyondTheEnd).contains("没有符合条件的单位");
    }

    @Test
    void cityOfficerSeesOnlyItsOwnCitysSchools() throws Exception {
        int changshaCount =
                jdbc.queryForObject("select count(*) from organization where city_code = '430100'", Integer.class);
        assertThat(page("changsha", "/organizations")).contains("共 " + changshaCount + " 个单位");
        assertThat(page("changsha", "/organizations?city=431300")).contains("共 0 个单位");

        mvc.perform(get("/organizations/" + idOf("新化县楚怡工业学校")).with(users.as("changsha")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organizations/" + idOf("新化县楚怡工业学校")).with(users.as("loudi")))
                .andExpect(status().isOk());
    }

    @Test
    void schoolAdministratorSeesOnlyItsOwnOrganisation() throws Exception {
        assertThat(page("xhcy", "/organizations")).contains("共 1 个单位").contains("新化县楚怡工业学校");
        mvc.perform(get("/organizations/" + idOf("新化县楚怡工业学校")).with(users.as("xhcy")))
                .andExpect(status().isOk());
        mvc.perform(get("/organizations/" + idOf("湖南工业职业技术学院")).with(users.as("xhcy")))
                .andExpect(status().isNotFound());
    }

    @Test
    void expertsAndInspectorsSeeEveryOrganisation() throws Exception {
        long remote = idOf("湘西民族职业技术学院");
        mvc.perform(get("/organizations/" + remote).with(users.as("expert1"))).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + remote).with(users.as("inspector2")))
                .andExpect(status().isOk());
    }

    @Test
    void profileShowsCountyAndMarksDemoRecords() throws Exception {
        assertThat(page("admin", "/organizations/" + idOf("新化县楚怡工业学校"))).contains("新化县 (431322)");
        assertThat(page("admin", "/organizations/" + idOf("芙蓉区职业中专（演示）"))).contains("id=\"demo-record\"");
        assertThat(page("admin", "/organizations/" + idOf("湖南工业职业技术学院")))
                .contains("省属")
                .contains("id=\"designations\"")
                .contains("楚怡职业教育文化馆")
                .contains("楚怡产教融合实训基地");
        assertThat(page("admin", "/organizations/" + idOf("湘西民族职业技术学院"))).contains("id=\"no-designations\"");
    }
}
