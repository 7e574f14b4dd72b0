package cn.gov.hunan.chuyi.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the application on PostgreSQL and a fresh headless Chromium for each test, with a screenshot
 * of the last page in {@code target/screenshots/last-<test>.png} whatever the outcome.
 */
public abstract class BrowserIntegrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            snap("last-" + test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    protected void snap(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void click(By by) {
        Browser.click(browser, by);
    }

    protected void signIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        click(By.id("login-submit"));
    }

    protected void signIn(String user) {
        signIn(user, DEMO_PASSWORD);
    }
}
