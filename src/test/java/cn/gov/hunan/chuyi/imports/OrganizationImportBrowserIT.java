package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: province staff open the import from the organisation list, upload a roster, read the report, confirm in
 * the dialog, and the organisation is in the directory; a file with an error shows its row and column.
 */
class OrganizationImportBrowserIT extends BrowserIntegrationTest {

    @Test
    void uploadCheckConfirmAndFind() throws Exception {
        String name = "浏览器导入企业" + OrganizationImportIT.suffix();
        String code = OrganizationImportIT.creditCode();
        var bad = Workbooks.file(OrganizationImportIT.roster(List.of(
                name, code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), "企业", "430100", "", "否", "否", "")));
        var good = Workbooks.file(
                OrganizationImportIT.roster(List.of(name, code, "企业", "430100", "430181", "否", "否", "长沙市工信局")));

        signIn("admin");
        browser.get(url("/organizations"));
        click(By.id("import-organizations"));
        assertThat(browser.findElement(By.id("import-title")).getText()).isEqualTo("导入组织名录");

        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        click(By.id("check-import"));
        assertThat(browser.findElement(By.id("import-problem-count")).getText()).contains("发现 1 处错误");
        assertThat(browser.findElement(By.id("import-problems")).getText())
                .contains("2")
                .contains("统一社会信用代码")
                .contains("不是有效的统一社会信用代码");
        assertThat(browser.findElements(By.id("apply-import"))).isEmpty();

        click(By.id("upload-another"));
        browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
        click(By.id("check-import"));
        assertThat(browser.findElement(By.id("import-ready")).getText()).contains("1 行");
        snap("organization-import-report-zh");
        click(By.id("apply-import"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        click(By.id("confirm-dialog-yes"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("已导入 1 行");
        assertThat(browser.findElement(By.id("import-status")).getText()).isEqualTo("已导入");
        assertThat(jdbc.queryForObject(
                        "select county_code from organization where credit_code = ?", String.class, code))
                .isEqualTo("430181");
    }
}
