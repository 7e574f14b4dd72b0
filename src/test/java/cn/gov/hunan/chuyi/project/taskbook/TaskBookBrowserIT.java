package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: a school drafts and submits its project's task book, the department approves it (confirming), and the
 * school then files its annual report against it — the targets come from the task book, the school types the actuals
 * and sees the completion rate.
 */
class TaskBookBrowserIT extends BrowserIntegrationTest {

    private final int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
    private long project;

    @BeforeEach
    void aProjectOfTheSchool() {
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '任务书浏览器测试实训基地', ?, 2 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, thisYear - 1);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProject() {
        jdbc.update(
                "delete from annual_report_value where report_id in (select id from annual_report where project_id = ?)",
                project);
        jdbc.update(
                "delete from annual_report_change where report_id in (select id from annual_report where project_id = ?)",
                project);
        jdbc.update("delete from annual_report where project_id = ?", project);
        for (String table : List.of("task_book_target", "task_book_milestone", "task_book_budget")) {
            jdbc.update(
                    "delete from " + table + " where task_book_id in (select id from task_book where project_id = ?)",
                    project);
        }
        jdbc.update("delete from task_book where project_id = ?", project);
        jdbc.update("delete from project_state_change where project_id = ?", project);
        jdbc.update("delete from designated_project where id = ?", project);
    }

    @Test
    void aSchoolFilesItsTaskBookAndLaterAReportAgainstIt() throws Exception {
        signIn("xhcy");
        browser.get(url("/projects/" + project));
        click(By.id("open-task-book"));
        click(By.id("start-task-book"));

        // a refused save comes back to the task book page with what was typed and the reason once, beside its field
        // (the browser's own check is off, as in a browser without it: the server refuses)
        String taskBook = url("/projects/" + project + "/task-book");
        browser.executeScript("document.getElementById('task-book-form').noValidate = true");
        browser.findElement(By.cssSelector("#task-book-targets input[type=number]"))
                .sendKeys("-1");
        click(By.id("save-task-book"));
        assertThat(browser.getCurrentUrl()).isEqualTo(taskBook);
        WebElement refused = browser.findElement(By.cssSelector("#task-book-targets input[type=number]"));
        assertThat(refused.getDomAttribute("class")).contains("is-invalid");
        assertThat(refused.getDomProperty("value")).isEqualTo("-1");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text.split("不能为负数", -1)).as("the reason said once").hasSize(2);
        assertThat(browser.findElements(By.id("flash-error"))).isEmpty();
        assertThat(browser.findElements(By.id("task-book-refusal"))).isEmpty();
        // the page's links ask the page again: the language link answers the task book, in English
        click(By.id("lang-en"));
        assertThat(browser.getCurrentUrl()).isEqualTo(taskBook + "?lang=en");
        assertThat(browser.findElements(By.id("task-book-form"))).isNotEmpty();
        click(By.id("lang-zh"));
        browser.findElement(By.cssSelector("#task-book-targets input[type=number]"))
                .clear();

        List<WebElement> targets = browser.findElements(By.cssSelector("#task-book-targets input[type=number]"));
        assertThat(targets).as("each indicator in each of the two years").isNotEmpty();
        for (WebElement input : targets) {
            input.sendKeys("10");
        }
        browser.findElement(By.id("milestoneTitle_0")).sendKeys("建成智能制造实训中心");
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("milestoneDue_0")), thisYear + "-12-31");
        browser.findElement(By.id("budget_PROVINCIAL_" + (thisYear - 1))).sendKeys("500");
        browser.findElement(By.id("budget_SCHOOL_" + thisYear)).sendKeys("80");
        click(By.id("submit-task-book"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("任务书已提交");
        assertThat(browser.findElement(By.id("task-book-status")).getText()).contains("已提交");
        assertThat(browser.findElements(By.id("save-task-book")))
                .as("read-only once submitted")
                .isEmpty();
        snap("task-book-submitted");
        click(By.id("logout"));

        signIn("admin");
        browser.get(url("/projects/" + project + "/task-book"));
        click(By.id("approve-task-book"));
        click(By.id("confirm-dialog-yes"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("任务书已批准");
        assertThat(browser.findElement(By.id("task-book-status")).getText()).contains("已批准");
        click(By.id("logout"));

        signIn("xhcy");
        browser.get(url("/projects/" + project));
        new Select(browser.findElement(By.name("year"))).selectByValue(String.valueOf(thisYear));
        click(By.id("file-report"));
        assertThat(browser.findElement(By.id("targets-from-task-book")).getText())
                .contains("建设任务书");
        List<WebElement> actuals = browser.findElements(By.cssSelector("#report-values input[type=number]"));
        assertThat(actuals).as("the school types the actual values only").hasSize(targets.size() / 2);
        for (WebElement input : actuals) {
            input.sendKeys("12");
        }
        browser.findElement(By.id("narrative")).sendKeys("实训中心按任务书建成并投入使用。");
        click(By.id("submit-report"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("年度报告已提交");
        assertThat(browser.findElement(By.id("completion-rate")).getText()).contains("100");
        snap("report-against-task-book");
    }
}
