package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example files of docs/examples: small filled rosters in the templates' layout. Rewritten with
 * {@code -Dchuyi.examples.output=docs/examples}; otherwise only built and checked to read back.
 */
class ImportExamplesTests {

    static final List<List<Object>> ORGANIZATIONS = List.of(
            List.of("组织名称", "统一社会信用代码", "组织类型", "市州代码", "县市区代码", "民办", "省属", "主管部门"),
            List.of("长沙示例智能制造有限公司", "91430100MA4L00001J", "企业", "430100", "430181", "是", "否", ""),
            List.of("湖南示例职业教育研究院", "12430000MB00000018", "科研机构", "430100", "", "否", "是", "湖南省教育厅"));

    static final List<List<Object>> EXPERTS = List.of(
            List.of("用户名", "姓名", "工作单位", "职称", "专业领域", "所在市州代码", "联系方式"),
            List.of("expert1", "专家一（长沙民政）", "长沙民政职业技术学院", "教授", "智能制造、机电技术应用", "430100", "0731-00000000"));

    @Test
    void examplesAreWellFormedAndWrittenOnRequest() throws Exception {
        var organizations = Workbooks.sheet("数据", ORGANIZATIONS);
        var experts = Workbooks.sheet("数据", EXPERTS);
        assertThat(ORGANIZATIONS.stream().skip(1).map(r -> (String) r.get(1)).allMatch(CreditCode::valid))
                .isTrue();
        assertThat(experts.length).isPositive();
        String output = System.getProperty("chuyi.examples.output");
        if (output != null) {
            Path dir = Path.of(output);
            Files.createDirectories(dir);
            Files.write(dir.resolve("organizations-example.xlsx"), organizations);
            Files.write(dir.resolve("experts-example.xlsx"), experts);
        }
    }
}
