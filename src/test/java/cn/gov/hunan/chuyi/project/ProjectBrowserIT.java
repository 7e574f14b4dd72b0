package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium: a school files its annual report and the department accepts it; the dashboard draws its charts. */
class ProjectBrowserIT extends BrowserIntegrationTest {

    @Test
    void aSchoolFilesItsAnnualReportAndTheDepartmentAcceptsIt() throws Exception {
        long project = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '新化县楚怡工业学校' and p.program_code = 'CULTURE_BASE'""", Long.class);
        jdbc.update(
                "delete from annual_report_attachment where report_id in (select id from annual_report where project_id = ? and report_year = 2022)",
                project);
        jdbc.update(
                "delete from annual_report_change where report_id in (select id from annual_report where project_id = ? and report_year = 2022)",
                project);
        jdbc.update(
                "delete from annual_report_value where report_id in (select id from annual_report where project_id = ? and report_year = 2022)",
                project);
        jdbc.update("delete from annual_report where project_id = ? and report_year = 2022", project);

        signIn("xhcy");
        Browser.click(browser, By.id("nav-projects"));
        Browser.click(browser, By.cssSelector("a[href='/projects/" + project + "']"));
        new Select(browser.findElement(By.name("year"))).selectByValue("2022");
        Browser.click(browser, By.id("file-report"));
        List<WebElement> numbers = browser.findElements(By.cssSelector("#report-values input[type=number]"));
        assertThat(numbers).hasSize(6);
        for (WebElement input : numbers) {
            input.sendKeys("12");
        }
        browser.findElement(By.id("narrative")).sendKeys("全年接待参观 9800 人次，举办专题展览 5 个。");
        Browser.click(browser, By.id("save-report"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("年度报告已保存");

        Path pdf = Files.createTempFile("annual-report", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        browser.findElement(By.id("report-file")).sendKeys(pdf.toAbsolutePath().toString());
        Browser.click(browser, By.id("upload-report-file"));
        assertThat(browser.findElement(By.id("report-files")).getText())
                .contains(pdf.getFileName().toString());
        Browser.click(browser, By.id("submit-report"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("年度报告已提交");
        assertThat(browser.findElement(By.id("report-status")).getText()).contains("已提交");
        assertThat(browser.findElements(By.id("narrative")))
                .as("read-only once submitted")
                .isEmpty();
        snap("annual-report-submitted");
        Browser.click(browser, By.id("logout"));

        signIn("admin");
        assertThat(browser.findElement(By.id("unread-count")).getText()).isNotBlank();
        Browser.click(browser, By.id("nav-notifications"));
        Browser.click(browser, By.partialLinkText("年度建设报告已提交"));
        browser.findElement(By.name("comment")).sendKeys("材料齐全。");
        Browser.click(browser, By.id("accept-report"));
        assertThat(browser.findElement(By.id("report-status")).getText()).contains("审核通过");
    }

    @Test
    void theDashboardDrawsEachChartFromTheTableBesideIt() throws Exception {
        signIn("admin");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        for (String chart : List.of("chart-programs", "chart-status", "chart-reports", "chart-cities")) {
            wait.until(d ->
                    !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
        }
        // each chart holds exactly the figures of its table: categories are the rows, series the marked columns
        @SuppressWarnings("unchecked")
        var designated = (List<Object>)
                browser.executeScript(
                        "return echarts.getInstanceByDom(document.getElementById('chart-programs')).getOption().series[0].data");
        var cells = browser.findElements(By.cssSelector("#program-progress tbody tr td:nth-child(2)"));
        assertThat(designated).hasSize(14);
        for (int i = 0; i < cells.size(); i++) {
            assertThat(((Number) designated.get(i)).longValue())
                    .isEqualTo(Long.parseLong(cells.get(i).getText()));
        }
        @SuppressWarnings("unchecked")
        var categories = (List<Object>) browser.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-cities')).getOption().xAxis[0].data");
        assertThat(categories).hasSize(14).contains("长沙市", "娄底市");
        Object statusSeries = browser.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-status')).getOption().series.length");
        assertThat(((Number) statusSeries).intValue())
                .as("one series per project status")
                .isEqualTo(ProjectStatus.values().length);
        int rows = browser.findElements(By.cssSelector("#program-progress tbody tr"))
                .size();
        assertThat(rows).isEqualTo(14);
        assertThat(browser.findElement(By.id("program-status")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("overdue-reports")).getText()).contains("逾期未报送的年度建设报告");
        snap("dashboard-charts");
        assertThat(browser.manage().logs().get("browser").getAll())
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }
}
