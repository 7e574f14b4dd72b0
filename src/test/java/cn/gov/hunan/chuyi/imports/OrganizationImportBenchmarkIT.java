package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A province's roster: 5,000 organisations in one workbook, checked then applied, timed, with the heap's peak
 * (docs/performance.md, "Excel imports"). Only with {@code -Dchuyi.benchmark=true}: it adds 5,000 organisations.
 */
@EnabledIfSystemProperty(named = "chuyi.benchmark", matches = "true")
class OrganizationImportBenchmarkIT extends PostgresIntegrationTest {

    private static final int ROWS = 5_000;

    @Test
    void fiveThousandRows() throws Exception {
        String run = OrganizationImportIT.suffix();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(OrganizationImportIT.HEADER);
        String[] kinds = {"企业", "行业协会", "科研机构", "中等职业学校"};
        for (int i = 0; i < ROWS; i++) {
            String first17 = String.format("914301%02d%09d", i % 100, 100_000_000 + i * 7919 % 900_000_000);
            rows.add(List.of(
                    "基准测试组织" + run + "-" + i,
                    first17 + CreditCode.check(first17),
                    kinds[i % kinds.length],
                    "430100",
                    i % 2 == 0 ? "430181" : "",
                    i % 3 == 0 ? "是" : "否",
                    "否",
                    i % 5 == 0 ? "长沙市教育局" : ""));
        }
        byte[] workbook = Workbooks.sheet("数据", rows);

        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        String report = mvc.perform(multipart("/organizations/import")
                        .file(new MockMultipartFile("file", "roster-5000.xlsx", "application/octet-stream", workbook))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long checked = System.nanoTime();
        long checkPeak = heapPeak();
        long id = Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select status from data_import where id = ?", String.class, id))
                .isEqualTo("CHECKED");

        System.gc();
        resetPeaks();
        long applyStart = System.nanoTime();
        long version = jdbc.queryForObject("select version from data_import where id = ?", Long.class, id);
        mvc.perform(post(report + "/apply")
                        .param("version", String.valueOf(version))
                        .param("confirmed", "true")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn();
        long applied = System.nanoTime();
        long applyPeak = heapPeak();
        assertThat(jdbc.queryForObject("select status from data_import where id = ?", String.class, id))
                .isEqualTo("APPLIED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name like ?", Integer.class, "基准测试组织" + run + "-%"))
                .isEqualTo(ROWS);
        System.out.printf(
                "IMPORT BENCHMARK: %d rows, file %d KB; check %d ms (heap peak %d MB); apply %d ms (heap peak %d MB)%n",
                ROWS,
                workbook.length / 1024,
                (checked - start) / 1_000_000,
                checkPeak / (1024 * 1024),
                (applied - applyStart) / 1_000_000,
                applyPeak / (1024 * 1024));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
