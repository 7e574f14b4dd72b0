package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
            var dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(getClass().getSimpleName() + "-last.png"), png);
            browser.quit();
        }
    }

    /** Keeps a picture of the page in target/screenshots, for whoever reviews the look or reads a failure. */
    private void snap(String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.click(browser, By.id("login-submit"));
    }

    @Test
    void provinceStaffSignInAndSeeThePlanProgressInChineseThenEnglish() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录平台");

        signIn("admin", DEMO_PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("“楚怡”行动建设进展");
        assertThat(browser.findElements(By.cssSelector("#program-progress tbody tr")))
                .hasSize(14);
        assertThat(browser.findElements(By.cssSelector("#city-flagships tbody tr")))
                .hasSize(14);
        assertThat(browser.findElement(By.id("city-430100")).getText()).contains("浏阳市楚怡中等职业学校");
        snap("dashboard-zh");

        Browser.click(browser, By.id("lang-en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Progress of the Chuyi action");
        assertThat(browser.findElement(By.id("city-430100")).getText()).contains("Changsha");
        snap("dashboard-en");

        // the choice persists: a new page, and after signing out, stays English
        Browser.click(browser, By.id("nav-programs"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chuyi programme catalogue");
        snap("programs-en");
        Browser.click(browser, By.id("logout"));
        assertThat(browser.findElement(By.id("logged-out")).getText()).isEqualTo("You have signed out.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the portal");

        Browser.click(browser, By.id("lang-zh"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录平台");
    }

    @Test
    void aWrongPasswordIsExplainedAndASchoolLandsOnItsOwnPage() throws Exception {
        browser.get(url("/login"));
        signIn("xhcy", "not-the-password");
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
        assertThat(browser.findElement(By.id("username")).getDomProperty("value"))
                .as("the name is kept")
                .isEqualTo("xhcy");
        assertThat(browser.findElement(By.id("password")).getDomProperty("value"))
                .as("the password is not")
                .isEmpty();

        signIn("xhcy", DEMO_PASSWORD);
        assertThat(browser.findElement(By.id("welcome")).getText()).contains("新化县楚怡工业学校");
        assertThat(browser.findElement(By.id("role-SCHOOL_ADMIN")).getText()).contains("年度建设报告");
        snap("landing-school-zh");
    }

    @Test
    void theDirectoryFiltersByCityAndCountyInTheBrowser() throws Exception {
        browser.get(url("/login"));
        signIn("admin", DEMO_PASSWORD);
        Browser.click(browser, By.id("nav-organizations"));
        new Select(browser.findElement(By.id("city"))).selectByValue("431300");
        // choosing a city reloads the page with that city's counties (progressive enhancement)
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#county option[value='431322']")));
        new Select(browser.findElement(By.id("county"))).selectByValue("431322");
        Browser.click(browser, By.id("organization-filter-search"));
        assertThat(browser.findElement(By.id("organizations")).getText()).contains("新化县楚怡工业学校");
        snap("organizations-zh");
        Browser.click(browser, By.linkText("新化县楚怡工业学校"));
        assertThat(browser.findElement(By.id("organization-name")).getText()).isEqualTo("新化县楚怡工业学校");
        snap("organization-detail-zh");
        browser.get(url("/programs/CITY_SECONDARY_SCHOOL"));
        snap("program-detail-zh");
        Browser.click(browser, By.id("edit-target"));
        browser.findElement(By.id("target")).clear();
        browser.findElement(By.id("target")).sendKeys("1");
        Browser.click(browser, By.id("save-target"));
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("请填写调整理由");
        // what was typed is kept
        assertThat(browser.findElement(By.id("target")).getAttribute("value")).isEqualTo("1");
        browser.findElement(By.id("reason")).sendKeys("压缩目标");
        Browser.click(browser, By.id("save-target"));
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("目标数不能少于已立项的项目数");
        snap("target-form-errors-zh");
    }
}
