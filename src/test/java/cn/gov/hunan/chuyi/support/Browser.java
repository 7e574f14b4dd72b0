package cn.gov.hunan.chuyi.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of the operating system, driven by the system's chromedriver. Nothing is
 * downloaded: the portal's machines have no internet.
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    /**
     * Clicks as a person would (scrolled into view) and, when the click loads another page, waits until the
     * old one is gone, so the next lookup never finds an element of the page being left.
     */
    public static void click(ChromeDriver browser, By by) {
        var page = browser.findElement(By.tagName("html"));
        var element = browser.findElement(by);
        openMenuHolding(browser, element);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException outsideStaleViewport) {
            browser.executeScript("arguments[0].click()", element);
        }
        try {
            new WebDriverWait(browser, Duration.ofSeconds(4)).until(d -> left(page));
        } catch (TimeoutException stayedOnThePage) {
            // the click did not leave the page (e.g. the browser's own validation stopped a form)
        }
    }

    /**
     * Whether the old page is gone. Asking a node of a document being replaced can fail in several ways
     * (stale reference, or Chromium's "node does not belong to the document"): each means it has left.
     */
    private static boolean left(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** A link inside a closed dropdown menu is reached as a person reaches it: by opening the menu first. */
    private static void openMenuHolding(ChromeDriver browser, WebElement element) {
        if (element.isDisplayed()) {
            return;
        }
        var toggles = element.findElements(
                By.xpath("ancestor::li[contains(@class, 'dropdown')]/a[contains(@class, 'dropdown-toggle')]"));
        if (!toggles.isEmpty()) {
            toggles.get(0).click();
            new WebDriverWait(browser, Duration.ofSeconds(4)).until(d -> element.isDisplayed());
        }
    }

    public static ChromeDriver start() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("chuyi-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
