package cn.gov.hunan.chuyi.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in to dashboard in a real headless Chromium, in Chinese and in English. */
class LoginBrowserIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            // keep a picture of the last page for whoever reads a failure
            var png = browser.getScreenshotAs(OutputType.BYTES);
            var dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(getClass().getSimpleName() + "-last.png"), png);
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    @Test
    void provinceStaffSignInAndSeeThePlanProgressInChineseThenEnglish() {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录平台");

        signIn("admin", DEMO_PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("“楚怡”行动建设进展");
        assertThat(browser.findElements(By.cssSelector("#program-progress tbody tr"))).hasSize(14);
        assertThat(browser.findElements(By.cssSelector("#city-flagships tbody tr"))).hasSize(14);
        assertThat(browser.findElement(By.id("city-430100")).getText()).contains("浏阳市楚怡中等职业学校");

        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Progress of the Chuyi action");
        assertThat(browser.findElement(By.id("city-430100")).getText()).contains("Changsha");

        // the choice persists: a new page, and after signing out, stays English
        browser.findElement(By.id("nav-programs")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chuyi programme catalogue");
        browser.findElement(By.id("logout")).click();
        assertThat(browser.findElement(By.id("logged-out")).getText()).isEqualTo("You have signed out.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the portal");

        browser.findElement(By.id("lang-zh")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录平台");
    }

    @Test
    void aWrongPasswordIsExplainedAndASchoolLandsOnItsOwnPage() {
        browser.get(url("/login"));
        signIn("xhcy", "not-the-password");
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");

        signIn("xhcy", DEMO_PASSWORD);
        assertThat(browser.findElement(By.id("welcome")).getText()).contains("新化县楚怡工业学校");
        assertThat(browser.findElement(By.id("role-SCHOOL_ADMIN")).getText()).contains("即将上线");
    }
}
