package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A school files and submits a nomination with an attachment, and an expert scores one, in Chromium. */
class SelectionBrowserIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void close(TestInfo test) throws Exception {
        if (browser != null) {
            snap("last-" + test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    private void snap(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void click(By by) {
        Browser.click(browser, by);
    }

    /** Presses a button that asks first (submitting a nomination), and answers the dialog with yes. */
    private void confirm(String buttonId) {
        var button = browser.findElement(By.id(buttonId));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        click(By.id("confirm-dialog-yes"));
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        click(By.id("login-submit"));
    }

    /** Submitted scores are locked: the button asks first (confirm.js), and the expert confirms. */
    private void submitScoresConfirmed() {
        var button = browser.findElement(By.id("submit-scores"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        var dialog = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.getText()).contains("的评分后不能修改。确定？");
        click(By.id("confirm-dialog-yes"));
    }

    @Test
    void aSchoolFilesANominationWithAnAttachmentAndSubmitsIt() throws Exception {
        // hngy has no nomination yet in the demo's open secondary round? It is a college: use its own open round
        String round = "2026年楚怡高水平高职专业群遴选（演示）";
        jdbc.update("""
                delete from nomination_attachment where nomination_id in (select n.id from nomination n join selection_round r
                on r.id = n.round_id join organization o on o.id = n.organization_id where r.title = ? and o.name = '湖南工业职业技术学院')""", round);
        jdbc.update("""
                delete from selection_state_change where subject_type = 'NOMINATION' and subject_id in (select n.id from nomination n
                join selection_round r on r.id = n.round_id join organization o on o.id = n.organization_id
                where r.title = ? and o.name = '湖南工业职业技术学院')""", round);
        SealedPageFiles.forget(jdbc, """
                select n.id from nomination n join selection_round r on r.id = n.round_id
                join organization o on o.id = n.organization_id where r.title = ? and o.name = '湖南工业职业技术学院'""", round);
        jdbc.update("""
                delete from nomination where round_id = (select id from selection_round where title = ?)
                and organization_id = (select id from organization where name = '湖南工业职业技术学院')""", round);

        signIn("hngy");
        click(By.id("nav-rounds"));
        long roundId = jdbc.queryForObject("select id from selection_round where title = ?", Long.class, round);
        click(By.cssSelector("#open-round-" + roundId + " .file-nomination"));
        browser.findElement(By.id("title")).sendKeys("智能制造专业群");
        browser.findElement(By.id("leadSpecialty")).sendKeys("机械制造及自动化");
        browser.findElement(By.id("summary")).sendKeys("面向湖南工程机械产业集群。");
        click(By.id("save-nomination"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("申报已保存。");

        // submitting too early (it asks first) lists everything missing at once, in Chinese: the sealed page too
        confirm("submit-nomination");
        assertThat(browser.findElement(By.id("flash-error")).getText())
                .contains("申报还不完整")
                .contains("请填写群内专业")
                .contains("请至少上传一个附件")
                .contains("请上传签字并加盖单位公章的盖章页");
        snap("nomination-incomplete-zh");

        click(By.id("edit-nomination"));
        assertThat(browser.findElement(By.id("summary")).getText())
                .as("nothing typed was lost")
                .contains("工程机械");
        browser.findElement(By.id("memberSpecialties")).sendKeys("工业机器人技术、智能控制技术");
        browser.findElement(By.id("foundation")).sendKeys("国家双高专业群A档。");
        browser.findElement(By.id("plan")).sendKeys("三年建成国内一流专业群。");
        browser.findElement(By.id("safeguards")).sendKeys("学校专项经费保障。");
        click(By.id("save-nomination"));

        Path pdf = Files.createTempFile("申报书", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        click(By.id("upload"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("附件已上传。");
        assertThat(browser.findElement(By.id("attachments")).getText())
                .contains(pdf.getFileName().toString());

        // complete, but not yet signed and sealed: refused, and nothing is lost
        confirm("submit-nomination");
        assertThat(browser.findElement(By.id("flash-error")).getText()).contains("盖章页");
        assertThat(browser.findElement(By.id("nomination-status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElements(By.id("sealed-page-missing")))
                .as("the refusal says it once, at the top")
                .isEmpty();

        // the school uploads the signed and sealed page through the form, then submits
        browser.findElement(By.id("sealed-page-file"))
                .sendKeys(SealedPageFiles.inFolder(Files.createTempDirectory("sealed"))
                        .toString());
        click(By.id("upload-sealed-page"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("盖章页已上传。");
        assertThat(browser.findElement(By.id("sealed-page")).getText()).contains("sealed-page.pdf");
        assertThat(browser.findElement(By.id("upload-sealed-page")).getText()).isEqualTo("重新上传盖章页");

        confirm("submit-nomination");
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("申报已提交。");
        assertThat(browser.findElement(By.id("application-pdf")).getText()).isEqualTo("已提交的申报书（PDF）");
        assertThat(browser.findElements(By.id("sealed-page-link"))).hasSize(1);
        assertThat(browser.findElements(By.id("sealed-page-form")))
                .as("the sealed page is kept as submitted")
                .isEmpty();
        assertThat(browser.findElement(By.id("nomination-status")).getText())
                .as("province-run: no city step")
                .isEqualTo("已推荐");
        assertThat(browser.findElements(By.id("edit-nomination")))
                .as("read-only now")
                .isEmpty();
        snap("nomination-submitted-zh");
    }

    @Test
    void anExpertScoresANominationAndSubmitsTheReview() throws Exception {
        long assignment = jdbc.queryForObject("""
                select a.id from review_assignment a join app_user u on u.id = a.expert_id
                join nomination n on n.id = a.nomination_id join organization o on o.id = n.organization_id
                where u.username = 'expert3' and o.name = '邵东职业中专学校'""", Long.class);
        jdbc.update(
                "update review_assignment set status = 'ASSIGNED', total = null, submitted_at = null where id = ?",
                assignment);
        jdbc.update("delete from review_score where assignment_id = ?", assignment);

        signIn("expert3");
        click(By.id("nav-reviews"));
        click(By.cssSelector("a[href='/reviews/" + assignment + "']"));
        var inputs = browser.findElements(By.cssSelector("#score-table input[name^='score_']"));
        assertThat(inputs).hasSize(5);
        String[] scores = {"20", "21", "16", "17", "30"};
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).clear();
            inputs.get(i).sendKeys(scores[i]);
        }
        click(By.id("submit-scores"));
        assertThat(browser.findElements(By.id("flash-error")))
                .as("the browser itself stops a score above the maximum")
                .isEmpty();
        // and the server refuses it too, for a browser that does not check
        browser.executeScript("document.getElementById('score-form').noValidate = true");
        submitScoresConfirmed();
        assertThat(browser.findElement(By.id("flash-error")).getText()).contains("“保障措施”的得分须在 0 到 10 之间");

        inputs = browser.findElements(By.cssSelector("#score-table input[name^='score_']"));
        assertThat(inputs.get(0).getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo("20");
        inputs.get(4).clear();
        inputs.get(4).sendKeys("8");
        click(By.id("save-scores"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("评分已暂存。");
        submitScoresConfirmed();
        assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("评分已提交。");
        assertThat(browser.findElement(By.id("review-total")).getText()).contains("82");
        assertThat(browser.findElements(By.id("submit-scores"))).as("locked").isEmpty();
        snap("review-submitted-zh");
    }
}
