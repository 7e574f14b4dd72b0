package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The issued bulletin as a PDF on PostgreSQL: public like its page, a download that is never sniffed, and stating in
 * its text what the page states — masthead, number, title, preface, summary, the cities, the overdue items or the
 * line saying there are none, the issuer.
 */
class BulletinPdfIT extends PostgresIntegrationTest {

    private MockHttpServletResponse pdf(int year) throws Exception {
        return mvc.perform(get("/supervision/bulletins/" + year + ".pdf").locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn()
                .getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        try (PDDocument read = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(read);
        }
    }

    @Test
    void anyoneDownloadsTheIssuedBulletinAsAPdfThatStatesWhatThePageStates() throws Exception {
        var response = pdf(2025);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String overdueCategory = jdbc.queryForObject("""
                select o.category from supervision_bulletin_overdue o join supervision_bulletin b on b.id = o.bulletin_id
                where b.plan_year = 2025 order by o.position limit 1""", String.class);
        String text = text(response).replaceAll("\\s+", "");
        assertThat(text)
                .contains(
                        "湖南省教育厅",
                        "湘教督通〔2026〕1号（演示）",
                        "关于2025年度",
                        "为推动“双师型”教师队伍建设各项任务落实",
                        "2025年度督导共对",
                        "一、督导结果及整改情况",
                        "娄底市",
                        "二、逾期未整改问题",
                        overdueCategory,
                        "（印章）");
        assertThat(text).doesNotContain("二、逾期未整改问题：无。");

        // the page links to it; a year without a bulletin has no PDF either
        assertThat(mvc.perform(get("/supervision/bulletins/2025"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/supervision/bulletins/2025.pdf");
        assertThat(pdf(2099).getStatus()).isEqualTo(404);
    }

    @Test
    void aBulletinWithoutOverdueItemsSaysSoInsteadOfAnEmptyTable() throws Exception {
        int year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 40) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        long plan = jdbc.queryForObject("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to, published_at)
                values (?, '无逾期通报测试', 'PUBLISHED', date '2030-11-01', date '2030-11-30', current_timestamp) returning id""", Long.class, year);
        long bulletin = jdbc.queryForObject("""
                insert into supervision_bulletin (plan_id, plan_year, topic, document_number, issued_on, preface, published_by, published_at)
                values (?, ?, '无逾期通报测试', ?, current_date, null, 'admin', current_timestamp) returning id""", Long.class, plan, year, "湘教督通〔" + year + "〕7号");
        jdbc.update("""
                insert into supervision_bulletin_city (bulletin_id, position, city_code, subject_name, total_score, grade, open_items, overdue_items, closed_items)
                values (?, 0, '430300', '湘潭市', 91.50, 'EXCELLENT', 0, 0, 4)""", bulletin);

        String text = text(pdf(year)).replaceAll("\\s+", "");
        assertThat(text).contains("湘教督通〔" + year + "〕7号", "湘潭市", "91.50", "优秀", "二、逾期未整改问题：无。");
    }
}
