package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium, the three administrators each do their part: the system administrator creates an account, the
 * security administrator grants its role, the new user changes the one-time password, the auditor finds it all.
 */
class AdministrationBrowserIT extends BrowserIntegrationTest {

    @Test
    void theThreeAdministratorsEachDoTheirPart() throws Exception {
        signIn("sysadmin", DEMO_PASSWORD);
        Browser.click(browser, By.id("nav-users"));
        Browser.click(browser, By.id("new-account"));
        browser.findElement(By.id("username")).sendKeys("expert9");
        browser.findElement(By.id("displayName")).sendKeys("专家九（浏览器测试）");
        Browser.click(browser, By.id("create-account"));
        String oneTime = browser.findElement(By.id("one-time-password")).getText();
        assertThat(oneTime).hasSize(16);
        snap("account-created");
        Browser.click(browser, By.id("to-account"));
        assertThat(browser.findElements(By.id("role-form")))
                .as("roles are not the system administrator's")
                .isEmpty();
        Browser.click(browser, By.id("logout"));

        signIn("secadmin", DEMO_PASSWORD);
        Browser.click(browser, By.id("nav-users"));
        Browser.click(browser, By.linkText("expert9"));
        new Select(browser.findElement(By.name("role"))).selectByValue("EXPERT");
        browser.findElement(By.cssSelector("#role-form input[name=reason]")).sendKeys("2027 年遴选评审专家");
        Browser.click(browser, By.id("grant-role"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("角色已授予");
        assertThat(browser.findElement(By.id("account-roles")).getText()).contains("评审专家");
        Browser.click(browser, By.id("logout"));

        signIn("expert9", oneTime);
        assertThat(browser.findElement(By.id("password-forced")).isDisplayed()).isTrue();
        browser.findElement(By.id("current")).sendKeys(oneTime);
        browser.findElement(By.id("next")).sendKeys("Ping-shi 评审 2027!");
        browser.findElement(By.id("confirmation")).sendKeys("Ping-shi 评审 2027!");
        Browser.click(browser, By.id("change-password"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("密码已修改");
        Browser.click(browser, By.id("logout"));

        signIn("auditor", DEMO_PASSWORD);
        Browser.click(browser, By.id("nav-audit"));
        browser.findElement(By.id("actor")).sendKeys("secadmin");
        Browser.click(browser, By.cssSelector("#audit-filter button[type=submit]"));
        assertThat(browser.findElement(By.id("audit-events")).getText())
                .contains("状态变更")
                .contains("ROLE_GRANTED")
                .contains("2027 年遴选评审专家");
        snap("audit-log");
        Browser.click(browser, By.id("verify-chain"));
        assertThat(browser.findElement(By.id("chain-intact")).getText()).contains("日志完整");
    }
}
