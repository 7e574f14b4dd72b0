package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A member of the public, not signed in, objects to the demo's technician notice in Chromium, in Chinese and English. */
class PublicObjectionBrowserIT extends BrowserIntegrationTest {

    private long demoNotice() {
        return jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀技工院校遴选（演示）'", Long.class);
    }

    @Test
    void anAnonymousVisitorObjectsCorrectsTheFormAndLooksUpTheDisposition() throws Exception {
        long round = demoNotice();
        browser.get(url("/publicity"));
        click(By.cssSelector("#notice-" + round + " a"));
        assertThat(browser.findElement(By.id("notice-issuer")).getText()).contains("湖南省人力资源和社会保障厅");
        assertThat(browser.findElement(By.id("notice-intro")).getText())
                .contains("厅长办公会审定")
                .doesNotContain("遴选遴选");

        browser.findElement(By.id("name")).sendKeys("公众甲");
        browser.findElement(By.id("telephone")).sendKeys("12345");
        browser.findElement(By.id("reason")).sendKeys("实训工位数与实际不符");
        click(By.id("lodge-objection"));
        assertThat(browser.findElement(By.cssSelector("#telephone ~ .invalid-feedback"))
                        .getText())
                .contains("有效的联系电话");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("公众甲");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("实训工位数与实际不符");
        snap("objection-zh-error");

        browser.findElement(By.id("telephone")).clear();
        browser.findElement(By.id("telephone")).sendKeys("0731-84512345");
        click(By.id("lodge-objection"));
        String receipt = browser.findElement(By.id("objection-received")).getText();
        var reference = Pattern.compile("YY-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(receipt);
        assertThat(reference.find()).as(receipt).isTrue();
        snap("objection-zh-received");

        browser.get(url("/publicity/lookup"));
        browser.findElement(By.id("reference")).sendKeys(reference.group());
        browser.findElement(By.id("telephone")).sendKeys("073184512345");
        click(By.id("look-up"));
        assertThat(browser.findElement(By.id("lookup-pending")).getText()).contains("正在核实处理");
        snap("objection-zh-lookup");
    }

    @Test
    void theFormSpeaksEnglish() throws Exception {
        browser.get(url("/publicity/" + demoNotice() + "?lang=en"));
        assertThat(browser.findElement(By.id("objection-limits")).getText()).contains("at most 5 objections a day");
        browser.findElement(By.id("name")).sendKeys("A citizen");
        click(By.id("lodge-objection"));
        assertThat(browser.findElement(By.cssSelector("#telephone ~ .invalid-feedback"))
                        .getText())
                .contains("Please give a valid telephone number");
        assertThat(browser.findElement(By.cssSelector("#reason ~ .invalid-feedback"))
                        .getText())
                .contains("Please write the objection");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("A citizen");
        snap("objection-en-error");
    }
}
