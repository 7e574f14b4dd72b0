package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.Axe;
import cn.gov.hunan.chuyi.support.Browser;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages of every role as a person sees them: at 1280×800, 1366×768, 1920×1080 and a 390×844 phone, in
 * Chinese and English. A page fails when it is wider than the window, when the navigation bar takes more than one line on a
 * desktop, when a table is not in its own scrolling container, when its title does not say where one is and in
 * which system, or when axe-core finds a serious or critical accessibility violation. Screenshots of every page,
 * size and language land in {@code target/screenshots/layout/} with {@code -Dchuyi.screenshots=true}; without it, only the
 * pages with a problem.
 *
 * <p>One browser for the class and one sign-in per role keep the run short; a page is loaded once per language
 * and measured at each size by changing the viewport, which lays the page out again without a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserIT extends PostgresIntegrationTest {

    private record Viewport(int width, int height, boolean desktop) {}

    private static final List<Viewport> VIEWPORTS = List.of(
            new Viewport(1280, 800, true),
            new Viewport(1366, 768, true),
            new Viewport(1920, 1080, true),
            new Viewport(390, 844, false));
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final Map<String, String> PORTAL =
            Map.of("zh-CN", "湖南省职业教育“楚怡”行动管理平台", "en", "Hunan Chuyi Vocational Education Portal");
    /** A Bootstrap navbar of one line is 56 px high; a second line would add at least 40. */
    private static final int ONE_LINE_NAVBAR = 64;

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "layout");
    /**
     * Every page at every size is photographed only when asked ({@code -Dchuyi.screenshots=true}): the pictures
     * took a sixth of the class's time and nobody looks at them when nothing failed. A page with a problem is
     * always photographed.
     */
    private static final boolean EVERY_SCREENSHOT = Boolean.getBoolean("chuyi.screenshots");

    /** Long unbroken text in a narrative, as pasted from a file or typed by a sitting key. */
    private static final String LONG_WORD = "楚".repeat(1500) + "x".repeat(1500);

    @LocalServerPort
    int port;

    ChromeDriver browser;

    private final List<String> problems = new ArrayList<>();
    /** Title → page, per role: two pages with one title leave a person unsure where they are. */
    private final Map<String, String> titles = new LinkedHashMap<>();

    private String role;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.start();
        // pages are loaded whole by get(); waiting for absent elements would only cost seconds per page
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshVisitor() {
        problems.clear();
        titles.clear();
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void signOut(TestInfo test) {
        browser.manage().deleteAllCookies();
    }

    @Test
    void thePublicPagesFit() throws Exception {
        role = "public";
        inspect("login", "/login");
        inspect("publicity", "/publicity");
        inspect("publicity-notice", firstLink("/publicity", "/publicity/\\d+$"));
        inspect("think-tank", "/think-tank");
        inspect("think-tank-activity", firstLink("/think-tank", "/think-tank/\\d+$"));
        inspect("inheritors", "/inheritors");
        inspect("adjustments", "/adjustments");
        assertNoProblems();
    }

    @Test
    void theProvinceAdministratorsPagesFit() throws Exception {
        signIn("admin", "province");
        inspect("dashboard", "/");
        saveDashboardForTheReadme();
        focusIsVisibleOnTheNavigationBar();
        theMenuOpensOnAPhone();
        inspect("programs", "/programs");
        inspect("program-think-tank", "/programs/THINK_TANK");
        inspect("think-tank", "/think-tank");
        inspect("organizations", "/organizations");
        inspect("organization", firstLink("/organizations", "/organizations/\\d+$"));
        inspect("coverage", "/coverage");
        inspect("groups", "/groups");
        inspect("group", firstLink("/groups", "/groups/\\d+$"));
        inspect("projects", "/projects");
        String project = firstLink("/projects", "/projects/\\d+$");
        inspect("project", project);
        inspect("project-new", "/projects/new");
        inspect("reports", "/projects/reports");
        // a project's life (#17) on the demo's approved task book with a filed report against it
        String lifeProject = "/projects/" + jdbc.queryForObject("""
                select min(b.project_id) from task_book b join annual_report r on r.project_id = b.project_id
                where b.status = 'APPROVED'""", Long.class);
        inspect("task-book", lifeProject + "/task-book");
        inspect("funds", lifeProject + "/funds");
        inspect("project-life", lifeProject);
        inspect("changes", "/projects/changes");
        inspect("fund-upload", "/funds/upload");
        inspect("organization-import", "/organizations/import");
        inspect("expert-import", "/experts/import");
        inspect("flagships", "/flagships");
        inspect("rounds", "/rounds");
        String round = firstLink("/rounds", "/rounds/\\d+$");
        inspect("round", round);
        inspect("round-documents", round + "/documents");
        inspect("round-new", "/rounds/new");
        inspect("nominations", "/nominations");
        inspect("nomination", firstLink("/nominations", "/nominations/\\d+$"));
        inspect("plans", "/supervision/plans");
        inspect("plan", firstLink("/supervision/plans", "/supervision/plans/\\d+$"));
        inspect("rectifications", "/rectifications");
        inspect("notifications", "/notifications");
        inspect("password", "/account/password");
        assertNoProblems();
    }

    @Test
    void aCityOfficersPagesFit() throws Exception {
        signIn("changsha", "city");
        inspect("dashboard", "/");
        inspect("nominations", "/nominations");
        inspect("nomination", firstLink("/nominations", "/nominations/\\d+$"));
        inspect("tasks", "/supervision/tasks");
        String task = firstLink("/supervision/tasks", "/supervision/tasks/\\d+$");
        inspect("task", task);
        inspect("figures-import", task + "/figures-import");
        inspect("rectifications", "/rectifications");
        assertNoProblems();
    }

    @Test
    void aSchoolsPagesFitEvenWithAnUnbrokenNarrative() throws Exception {
        Long report = jdbc.queryForObject("""
                select min(r.id) from annual_report r join designated_project p on p.id = r.project_id
                join app_user u on u.organization_id = p.organization_id where u.username = 'hngy'""", Long.class);
        String narrative =
                jdbc.queryForObject("select narrative from annual_report where id = ?", String.class, report);
        jdbc.update("update annual_report set narrative = ? where id = ?", LONG_WORD, report);
        try {
            signIn("hngy", "school");
            inspect("dashboard", "/");
            inspect("projects", "/projects");
            inspect("project", firstLink("/projects", "/projects/\\d+$"));
            inspect(
                    "report",
                    jdbc.queryForObject(
                            "select '/projects/' || project_id || '/reports/' || id from annual_report where id = ?",
                            String.class,
                            report));
            inspect("reports", "/projects/reports");
            inspect("nominations", "/nominations");
            inspect("inheritor-nominations", "/inheritors/nominations");
            inspect("inheritor-nomination-new", "/inheritors/nominations/new");
            inspect("school-data", "/supervision/data");
            inspect("rectifications", "/rectifications");
            // a secondary school may file in the demo's open round
            browser.manage().deleteAllCookies();
            titles.clear();
            signIn("xhcy", "school");
            inspect("rounds", "/rounds");
            String nomination = firstLink("/rounds", "^/nominations/\\d+$");
            inspect("nomination", nomination);
            // the demo's draft, unless another test has submitted it meanwhile
            String edit = linkOn(nomination, "^/nominations/\\d+/edit$");
            if (edit != null) {
                inspect("nomination-edit", edit);
            }
            assertNoProblems();
        } finally {
            jdbc.update("update annual_report set narrative = ? where id = ?", narrative, report);
        }
    }

    @Test
    void anExpertsPagesFitAndAReviewIsNotTitledLikeItsNomination() throws Exception {
        signIn("expert3", "expert");
        inspect("dashboard", "/");
        inspect("reviews", "/reviews");
        String review = firstLink("/reviews", "/reviews/\\d+$");
        inspect("review", review);
        long nomination = jdbc.queryForObject(
                "select nomination_id from review_assignment where id = ?",
                Long.class,
                Long.valueOf(review.substring(review.lastIndexOf('/') + 1)));
        inspect("reviewed-nomination", "/nominations/" + nomination);
        assertNoProblems();
    }

    @Test
    void anInspectorsPagesFit() throws Exception {
        signIn("inspector1", "inspector");
        inspect("dashboard", "/");
        inspect("tasks", "/supervision/tasks");
        inspect("task", firstLink("/supervision/tasks", "/supervision/tasks/\\d+$"));
        inspect("flagships", "/flagships");
        assertNoProblems();
    }

    @Test
    void theAdministratorsAndTheAuditorsPagesFit() throws Exception {
        signIn("sysadmin", "system");
        inspect("users", "/admin/users");
        inspect("user", firstLink("/admin/users", "/admin/users/\\d+$"));
        inspect("user-new", "/admin/users/new");
        browser.manage().deleteAllCookies();
        titles.clear();
        signIn("secadmin", "security");
        inspect("policy", "/admin/policy");
        inspect("api-keys", "/admin/api-keys");
        browser.manage().deleteAllCookies();
        titles.clear();
        signIn("auditor", "auditor");
        inspect("audit", "/admin/audit");
        assertNoProblems();
    }

    /** The supervision procedure's pages of #16, on the demo's 2025 year of Changsha (issued opinion, submitted self-evaluation). */
    @Test
    void theSupervisionProceduresPagesFit() throws Exception {
        String task = "/supervision/tasks/" + jdbc.queryForObject("""
                select t.id from inspection_task t join supervision_plan p on p.id = t.plan_id
                where p.plan_year = 2025 and t.city_code = '430100'""", Long.class);
        role = "public";
        inspect("bulletin", "/supervision/bulletins/2025");
        signIn("admin", "province");
        inspect("opinion", task + "/opinion");
        inspect("self-evaluation", task + "/self-evaluation");
        inspect("rectifications-filtered", "/rectifications?year=2025&overdue=true");
        inspect("city-rectification", task + "/rectification");
        browser.manage().deleteAllCookies();
        titles.clear();
        signIn("changsha", "city");
        inspect("opinion", task + "/opinion");
        inspect("self-evaluation", task + "/self-evaluation");
        inspect("city-rectification", task + "/rectification");
        inspect("finding", firstLink("/rectifications", "/supervision/findings/\\d+$"));
        assertNoProblems();
    }

    private void signIn(String username, String role) {
        this.role = role;
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        Browser.click(browser, By.id("login-submit"));
        assertThat(browser.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
    }

    /** Loads the page in each language and measures it at each size. */
    private void inspect(String page, String path) throws Exception {
        for (String language : LANGUAGES) {
            browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
            String where = role + " " + page + " (" + path + ", " + language + ")";
            if (!path.startsWith("/login") && browser.getCurrentUrl().contains("/login")) {
                problems.add(where + ": sent to the sign-in page");
                continue;
            }
            if (!browser.findElements(By.id("error-title")).isEmpty()) {
                problems.add(where + ": error page " + browser.getTitle());
                continue;
            }
            checkTitle(where, path, language);
            for (Viewport viewport : VIEWPORTS) {
                int before = problems.size();
                resize(viewport);
                measure(where + " at " + viewport.width(), viewport);
                if (language.equals("zh-CN") && viewport.width() == 1280) {
                    Axe.seriousViolations(browser).forEach(v -> problems.add(where + ": " + v));
                }
                if (EVERY_SCREENSHOT || problems.size() > before) {
                    Files.write(
                            SCREENSHOTS.resolve(role + "-" + page + "-" + language + "-" + viewport.width() + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                }
            }
        }
    }

    private void checkTitle(String where, String path, String language) {
        String title = browser.getTitle();
        String suffix = " — " + PORTAL.get(language);
        if (!title.endsWith(suffix) || title.length() == suffix.length()) {
            problems.add(where + ": title '" + title + "' does not read 'page" + suffix + "'");
        }
        String before = titles.putIfAbsent(title, path);
        if (before != null && !before.equals(path)) {
            problems.add(where + ": title '" + title + "' is also the title of " + before);
        }
    }

    private void resize(Viewport viewport) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width(),
                        "height",
                        viewport.height(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        // let the charts' resize handlers run before measuring
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (document.querySelector('.chart')) requestAnimationFrame(() => requestAnimationFrame(() => done())); else done();
                """);
    }

    @SuppressWarnings("unchecked")
    private void measure(String where, Viewport viewport) {
        var found = (Map<String, Object>) browser.executeScript("""
                const width = window.innerWidth;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const result = {width: width, scrollWidth: document.documentElement.scrollWidth, wide: [],
                                navbar: 0, tallNavItems: [], bareTables: []};
                if (result.scrollWidth > width) {
                  // the outermost elements that reach past the window, to say what to fix
                  for (const e of document.querySelectorAll('body *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > width + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
                      result.wide.push(name(e) + ' right=' + Math.round(r.right));
                      if (result.wide.length >= 5) break;
                    }
                  }
                  // positioned elements escape the boxes that clip their neighbours
                  for (const e of document.querySelectorAll('body *')) {
                    const p = getComputedStyle(e).position;
                    if ((p === 'absolute' || p === 'fixed') && e.getBoundingClientRect().right > width + 1) {
                      result.wide.push(name(e) + ' (' + p + ') right=' + Math.round(e.getBoundingClientRect().right));
                    }
                  }
                  // text running out of a box that itself fits (a long word) shows only in the box's scroll width
                  if (result.wide.length == 0) {
                    for (const e of document.querySelectorAll('main *')) {
                      if (e.scrollWidth > width && e.children.length < 3) { result.wide.push(name(e) + ' text ' + e.scrollWidth); }
                      if (result.wide.length >= 5) break;
                    }
                  }
                }
                const nav = document.querySelector('.portal-navbar');
                if (nav) {
                  result.navbar = Math.round(nav.getBoundingClientRect().height);
                  for (const e of nav.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item > .nav-link')) {
                    const r = e.getBoundingClientRect();
                    if (r.height > 48) result.tallNavItems.push(name(e) + ' ' + Math.round(r.height) + 'px');
                  }
                }
                result.squeezed = [];
                for (const t of document.querySelectorAll('main table')) {
                  if (!t.closest('.table-responsive')) result.bareTables.push(name(t));
                  // a column so narrow that its words stand one or two characters a line
                  for (const c of t.querySelectorAll('th, td')) {
                    const text = c.textContent.trim();
                    const em = parseFloat(getComputedStyle(c).fontSize);
                    const inner = c.clientWidth - parseFloat(getComputedStyle(c).paddingLeft) - parseFloat(getComputedStyle(c).paddingRight);
                    if (text.length >= 3 && c.clientWidth > 0 && inner < 2.5 * em && result.squeezed.length < 3) {
                      result.squeezed.push(name(t) + ' "' + text.substring(0, 12) + '" ' + Math.round(inner) + 'px');
                    }
                  }
                }
                return result;
                """);
        long width = ((Number) found.get("width")).longValue();
        long scrollWidth = ((Number) found.get("scrollWidth")).longValue();
        if (width != viewport.width()) {
            problems.add(where + ": window is " + width + " px wide, not " + viewport.width());
        }
        if (scrollWidth > width) {
            problems.add(
                    where + ": page is " + scrollWidth + " px wide in a " + width + " px window " + found.get("wide"));
        }
        long navbar = ((Number) found.get("navbar")).longValue();
        if (navbar > ONE_LINE_NAVBAR) {
            problems.add(where + ": navigation bar is " + navbar + " px high " + found.get("tallNavItems"));
        } else if (!((List<?>) found.get("tallNavItems")).isEmpty()) {
            problems.add(where + ": navigation entries stack " + found.get("tallNavItems"));
        }
        if (!((List<?>) found.get("squeezed")).isEmpty()) {
            problems.add(where + ": table columns squeezed to a character or two a line " + found.get("squeezed"));
        }
        if (!((List<?>) found.get("bareTables")).isEmpty()) {
            problems.add(where + ": tables outside a scrolling container " + found.get("bareTables"));
        }
    }

    /** The first link on a page (in the page body, not the menu) whose address matches. */
    private String firstLink(String path, String pattern) {
        String href = linkOn(path, pattern);
        assertThat(href).as("a link matching " + pattern + " on " + path).isNotNull();
        return href;
    }

    private String linkOn(String path, String pattern) {
        browser.get(url(path));
        var href = (String) browser.executeScript("""
                const re = new RegExp(arguments[0]);
                const a = Array.from(document.querySelectorAll('main a[href]')).find(a => re.test(a.pathname + a.search));
                return a ? a.pathname + a.search : null;
                """, pattern);
        return href;
    }

    /**
     * Keyboard focus on the red bar must be seen: the first tab stops on the skip link, the next ones on the menu.
     */
    private void focusIsVisibleOnTheNavigationBar() {
        resize(VIEWPORTS.get(0));
        browser.get(url("/?lang=zh-CN"));
        var keys = new Actions(browser);
        for (int tab = 0; tab < 3; tab++) {
            keys.sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            var focus = (Map<String, Object>) browser.executeScript("""
                    const e = document.activeElement, s = getComputedStyle(e);
                    return {name: e.id || e.className || e.tagName, outline: s.outlineStyle,
                            width: parseFloat(s.outlineWidth) || 0, color: s.outlineColor};
                    """);
            if ("none".equals(focus.get("outline")) || ((Number) focus.get("width")).doubleValue() < 2) {
                problems.add("focus on " + focus.get("name") + " shows no outline of 2 px or more: " + focus);
            }
        }
    }

    /** On a phone the bar is one line with the toggler; the menu opens below it, every entry on its own line. */
    private void theMenuOpensOnAPhone() throws Exception {
        resize(VIEWPORTS.get(VIEWPORTS.size() - 1)); // the phone
        browser.get(url("/?lang=zh-CN"));
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(4))
                .until(d -> d.findElement(By.id("menu-directory")).isDisplayed());
        new WebDriverWait(browser, Duration.ofSeconds(4))
                .until(d -> d.findElements(By.cssSelector("#portal-menu.collapsing"))
                        .isEmpty());
        browser.findElement(By.id("menu-directory")).click();
        Files.write(SCREENSHOTS.resolve("province-menu-open-zh-CN-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        if (!browser.findElement(By.id("nav-programs")).isDisplayed()) {
            problems.add("the phone menu does not show the directory's entries");
        }
    }

    private void saveDashboardForTheReadme() throws Exception {
        resize(VIEWPORTS.get(0));
        browser.get(url("/?lang=zh-CN"));
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", Math.min(height, 2400), "deviceScaleFactor", 1, "mobile", false));
        Files.write(SCREENSHOTS.resolve("dashboard-1280.png"), browser.getScreenshotAs(OutputType.BYTES));
        resize(VIEWPORTS.get(0));
        browser.executeScript("document.getElementById('city-programs').scrollIntoView({behavior: 'instant'})");
        Files.write(
                SCREENSHOTS.resolve("province-dashboard-cities-zh-CN-1280.png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }

    private void assertNoProblems() {
        assertThat(problems).as("layout and accessibility problems").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
