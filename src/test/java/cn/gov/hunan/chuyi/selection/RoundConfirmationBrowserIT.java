package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: "结束批次并立项" asks first in a modal dialog naming how many projects it designates, in Chinese, with the
 * focus on "取消"; cancelling (button or Escape) leaves the round as it was, confirming closes it.
 */
class RoundConfirmationBrowserIT extends BrowserIntegrationTest {

    private String status(long round) {
        return jdbc.queryForObject("select status from selection_round where id = ?", String.class, round);
    }

    private WebElement dialog() {
        return new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
    }

    private void press(By by) {
        var button = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    @Test
    void closingARoundAsksAndCancellingLeavesItUnchanged() throws Exception {
        String title = "浏览器确认测试 " + System.nanoTime();
        String school = title + " 技工学校";
        jdbc.update(
                "insert into organization (name, kind, city_code, county_code) values (?, 'TECHNICIAN', '430100', null)",
                school);
        long round = PublicityRounds.inPublicity(jdbc, "TECHNICIAN_SCHOOL", title, "厅长办公会", school)
                .roundId();
        PublicityRounds.endPeriod(jdbc, round);

        signIn("admin");
        browser.get(url("/rounds/" + round));
        assertThat(browser.findElement(By.id("round-danger")).getText())
                .contains("危险操作")
                .contains("结束批次并立项");
        assertThat(browser.findElements(By.cssSelector("#round-danger button")).stream()
                        .map(b -> b.getAttribute("id")))
                .as("closing and cancelling, apart from the everyday actions")
                .containsExactly("do-CLOSE_ROUND", "do-CANCEL");
        assertThat(browser.findElements(By.cssSelector("#round-actions button")))
                .isEmpty();

        press(By.id("do-CLOSE_ROUND"));
        var dialog = dialog();
        assertThat(dialog.getText()).contains("请确认").contains("结束批次“" + title + "”后将立项 1 个项目，且不能撤销。确定？");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the safe answer has the focus")
                .isEqualTo("confirm-dialog-no");
        snap("round-close-confirmation-zh");
        press(By.id("confirm-dialog-no"));
        // the dialog is removed on its 'close' event, which the browser fires after the click returns
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElements(By.id("confirm-dialog")).isEmpty());
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus back on the button")
                .isEqualTo("do-CLOSE_ROUND");
        assertThat(status(round)).isEqualTo("PUBLICITY");

        // Escape cancels too
        press(By.id("do-CLOSE_ROUND"));
        dialog();
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(status(round)).isEqualTo("PUBLICITY");
        assertThat(browser.findElement(By.id("round-status")).getText()).isEqualTo("公示中");

        press(By.id("do-CLOSE_ROUND"));
        dialog();
        click(By.id("confirm-dialog-yes"));
        assertThat(browser.findElement(By.id("flash-success")).isDisplayed()).isTrue();
        assertThat(status(round)).isEqualTo("CLOSED");
    }
}
