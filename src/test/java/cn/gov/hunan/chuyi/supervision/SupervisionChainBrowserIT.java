package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.supervision.task.IndicatorScore;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.support.BrowserIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The supervision chain of issue #16 in Chromium, as its people walk it: the city files and submits its
 * self-evaluation, the team lead records the preliminary opinion, the city replies (after the confirmation dialog), the
 * lead finalises, province staff issue the 督导意见书 with its number and deadlines and download its PDF; the city asks
 * for an extension which the inspector approves, answers, the inspector accepts, province staff sign off (销号), the
 * inspector puts it to re-check and reopens it; the ledger finds it with its filters; the public reads the demo's
 * 2025 bulletin. The plan, the team and the visit's scores are set up through the application, not the browser:
 * other browser tests walk those pages.
 */
class SupervisionChainBrowserIT extends BrowserIntegrationTest {

    @Autowired
    TaskService supervision;

    @Autowired
    UserDetailsService userDetails;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        MvcResult result = mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
        assertThat(result.getFlashMap().get("errorKey"))
                .as("setup step refused")
                .isNull();
        return result;
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /**
     * The step succeeded: the page says so, and when it did not the assertion shows what the page said. One lookup of
     * either message, as looking for an absent one would wait out the implicit wait at every step.
     */
    private void succeeded(String step) {
        WebElement flash = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("#flash-success, #flash-error")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(flash.getAttribute("id")).as(step + ": " + flash.getText()).isEqualTo("flash-success");
    }

    /** Presses a button that asks first, and answers the dialog with yes. */
    private void confirm(String buttonId) {
        var button = browser.findElement(By.id(buttonId));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        click(By.id("confirm-dialog-yes"));
    }

    /** Ticks a box as a person would; an instant scroll, as Bootstrap makes scrolling smooth and slower than a click. */
    private void tick(String id) {
        var box = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
        box.click();
    }

    private void signOut() {
        click(By.id("logout"));
    }

    private String findingStatus(long finding) {
        return jdbc.queryForObject("select status from finding where id = ?", String.class, finding);
    }

    @Test
    void theChainFromSelfEvaluationToReopenedFindingAndTheBulletin() throws Exception {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        int year = jdbc.queryForObject(
                "select min(y) from generate_series(2040, 2099) y"
                        + " where not exists (select 1 from supervision_plan where plan_year = y)",
                Integer.class); // a year no plan has (other tests create plans too)
        var created = send(
                "admin",
                post("/supervision/plans")
                        .param("year", String.valueOf(year))
                        .param("topic", "实训基地")
                        .param("visitFrom", year + "-11-01")
                        .param("visitTo", year + "-11-30")
                        .param("name_0", "实训工位数")
                        .param("weight_0", "100")
                        .param("numerator_0", "实训工位数")
                        .param("denominator_0", "在校生数"));
        String location = created.getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        send(
                "admin",
                post("/supervision/plans/" + plan + "/activate")
                        .param("version", "0")
                        .param("confirmed", "true"));
        long task = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        send(
                "admin",
                post("/supervision/tasks/" + task + "/team")
                        .param("lead", String.valueOf(id("select id from app_user where username = 'inspector1'")))
                        .param("members", String.valueOf(id("select id from app_user where username = 'inspector2'"))));
        String taskPath = "/supervision/tasks/" + task;

        // the city files its self-evaluation with a file, and submits it once the box is ticked
        signIn("loudi");
        browser.get(url(taskPath + "/self-evaluation"));
        type("narrative", "娄底市实训基地建设自评：工位数较上年增加 12%。");
        Path file = Files.createTempFile("自评材料", ".pdf");
        Files.writeString(file, "%PDF-1.4\n%%EOF\n");
        type("self-evaluation-file", file.toAbsolutePath().toString());
        click(By.id("save-self-evaluation"));
        succeeded("save the self-evaluation");
        tick("self-evaluation-confirmed");
        click(By.id("submit-self-evaluation"));
        succeeded("submit the self-evaluation");
        assertThat(jdbc.queryForObject(
                        "select status from supervision_self_evaluation where task_id = ?", String.class, task))
                .isEqualTo("SUBMITTED");
        assertThat(browser.findElement(By.id("self-evaluation-files")).getText())
                .contains(".pdf");
        snap("chain-self-evaluation");
        signOut();

        // the visit: a finding, scores and the lead's report
        send(
                "inspector2",
                multipart(taskPath + "/findings")
                        .param("category", "实训设备老化")
                        .param("severity", "SERIOUS")
                        .param("description", "部分实训设备超期服役")
                        .param("deadline", today.plusDays(30).toString()));
        long finding = id("select id from finding where task_id = ?", task);
        PortalUser lead = (PortalUser) userDetails.loadUserByUsername("inspector1");
        long indicator = id("select id from supervision_indicator where plan_id = ?", plan);
        supervision.score(
                task,
                Map.of(indicator, new IndicatorScore(BigDecimal.valueOf(86), null)),
                id("select version from inspection_task where id = ?", task),
                lead);
        supervision.report(task, "督查报告", lead);

        // the lead's preliminary opinion
        String opinionPath = taskPath + "/opinion";
        signIn("inspector1");
        browser.get(url(opinionPath));
        assertThat(browser.findElement(By.id("opinion-status")).getText()).isEqualTo("尚无督导意见");
        browser.findElement(By.id("preliminary")).clear();
        type("preliminary", "实训基地建设总体较好，设备更新滞后。");
        date("replyBy", today.plusDays(7));
        click(By.id("save-preliminary"));
        succeeded("record the preliminary opinion");
        signOut();

        // the city replies, after the dialog
        signIn("loudi");
        browser.get(url(opinionPath));
        assertThat(browser.findElement(By.id("opinion-preliminary")).getText()).contains("设备更新滞后");
        type("reply", "设备更新计划已列入明年预算。");
        confirm("submit-reply");
        succeeded("reply");
        assertThat(browser.findElement(By.id("opinion-reply")).getText()).contains("明年预算");
        signOut();

        // the lead finalises
        signIn("inspector1");
        browser.get(url(opinionPath));
        confirm("finalise-opinion");
        succeeded("finalise");
        signOut();

        // province staff issue the 督导意见书 and download its PDF
        String number = "湘教督〔" + today.getYear() + "〕" + (100 + (int) (System.nanoTime() % 800)) + "号";
        signIn("admin");
        browser.get(url(opinionPath));
        type("documentNumber", number);
        date("deadline_" + finding, today.plusDays(45));
        snap("chain-opinion-issue");
        confirm("issue-opinion");
        succeeded("issue the opinion");
        assertThat(browser.findElement(By.id("opinion-number")).getText()).contains(number);
        assertThat(jdbc.queryForObject("select deadline from finding where id = ?", LocalDate.class, finding))
                .isEqualTo(today.plusDays(45));
        String pdfHref = browser.findElement(By.id("opinion-pdf")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pdfHref))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        signOut();

        // the city asks for more time, and answers
        String findingPath = "/supervision/findings/" + finding;
        signIn("loudi");
        browser.get(url(findingPath));
        type("extension-reason", "设备采购须走政府采购程序。");
        date("extension-date", today.plusDays(75));
        click(By.id("submit-extension"));
        succeeded("ask for an extension");
        signOut();

        signIn("inspector1");
        browser.get(url(findingPath));
        type("extension-note", "同意延期");
        click(By.id("approve-extension"));
        succeeded("approve the extension");
        assertThat(jdbc.queryForObject("select deadline from finding where id = ?", LocalDate.class, finding))
                .isEqualTo(today.plusDays(75));
        signOut();

        signIn("loudi");
        browser.get(url(findingPath));
        type("measures", "已完成 40 台实训设备更新，其余纳入采购计划。");
        click(By.id("submit-answer"));
        succeeded("answer");
        assertThat(findingStatus(finding)).isEqualTo("ANSWERED");
        browser.get(url(taskPath + "/rectification"));
        assertThat(browser.findElement(By.id("city-rectification-title")).getText())
                .isNotBlank();
        signOut();

        // the inspector accepts; province staff sign off after the dialog
        signIn("inspector1");
        browser.get(url(findingPath));
        click(By.id("accept"));
        succeeded("accept the answer");
        signOut();

        signIn("admin");
        browser.get(url(findingPath));
        type("sign-off-note", "材料齐全，同意销号");
        confirm("sign-off");
        succeeded("sign off");
        assertThat(findingStatus(finding)).isEqualTo("CLOSED");
        signOut();

        // re-check, and the closure does not stand: reopened with a new deadline
        signIn("inspector1");
        browser.get(url(findingPath));
        click(By.id("put-to-recheck"));
        succeeded("put to re-check");
        assertThat(findingStatus(finding)).isEqualTo("RECHECK");
        type("recheck-note", "复查发现设备仍未到位");
        date("recheck-deadline", today.plusDays(20));
        click(By.id("reopen"));
        succeeded("reopen");
        assertThat(findingStatus(finding)).isEqualTo("OPEN");
        assertThat(browser.findElement(By.id("finding-rechecked")).isDisplayed())
                .isTrue();
        signOut();

        // the ledger finds it by its year, extended and re-checked
        signIn("admin");
        browser.get(url("/rectifications"));
        browser.findElement(By.id("year")).clear();
        type("year", String.valueOf(year));
        tick("extended");
        tick("rechecked");
        click(By.id("rectification-filter-search"));
        assertThat(browser.getCurrentUrl())
                .contains("year=" + year)
                .contains("extended=true")
                .contains("rechecked=true");
        assertThat(browser.findElements(By.cssSelector("#rectifications [id^='rectification-']")))
                .extracting(e -> e.getAttribute("id"))
                .containsExactly("rectification-" + finding);
        snap("chain-ledger");
        signOut();

        // anyone reads the demo's 2025 bulletin
        browser.get(url("/supervision/bulletins/2025"));
        assertThat(browser.findElement(By.id("bulletin-number")).getText()).contains("湘教督通〔2026〕1号");
        assertThat(browser.findElement(By.id("bulletin-cities")).getText()).contains("娄底市");
    }
}
