package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An inspector records a finding in Chromium, and the city answers it. */
class SupervisionBrowserIT extends BrowserIntegrationTest {

    @Test
    void anInspectorRecordsAFindingAndTheCityAnswersIt() throws Exception {
        long task = jdbc.queryForObject("""
                select t.id from inspection_task t join supervision_plan p on p.id = t.plan_id
                where p.plan_year = 2026 and t.city_code = '430100'""", Long.class);
        String category = "实训指导教师不足 " + System.nanoTime();

        signIn("inspector1");
        Browser.click(browser, By.id("nav-tasks"));
        Browser.click(browser, By.cssSelector("a[href='/supervision/tasks/" + task + "']"));
        browser.findElement(By.id("category")).sendKeys(category);
        new Select(browser.findElement(By.id("severity"))).selectByValue("SERIOUS");
        browser.findElement(By.id("description")).sendKeys("实训课专任指导教师缺口较大。");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("deadline")),
                LocalDate.now(PortalTime.ZONE).plusDays(30).toString());
        Browser.click(browser, By.id("raise-finding"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("问题已记录");
        assertThat(browser.findElement(By.id("finding-status")).getText()).isEqualTo("待整改");
        snap("finding-raised-zh");
        Browser.click(browser, By.id("logout"));

        signIn("changsha");
        assertThat(browser.findElement(By.id("unread-count")).getText()).isNotBlank();
        Browser.click(browser, By.id("nav-rectifications"));
        Browser.click(browser, By.linkText(category));
        browser.findElement(By.id("measures")).sendKeys("已从合作企业聘请 12 名兼职实训指导教师。");
        Browser.click(browser, By.id("submit-answer"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("整改情况已提交");
        assertThat(browser.findElement(By.id("finding-status")).getText()).isEqualTo("已答复，待核查");
        assertThat(browser.findElement(By.id("finding-answer")).getText()).contains("12 名兼职");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("changsha")
                .contains("inspector1");
        snap("finding-answered-zh");
    }
}
