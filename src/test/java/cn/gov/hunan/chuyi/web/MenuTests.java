package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each role's menu, from the portal's real controllers and their {@code @PreAuthorize} rules (mapped as Spring MVC
 * maps them, nothing started): the menu follows the endpoints, so a role sees an entry exactly when its rule lets it
 * open the page. The filter chain is stood in for by its one rule that matters here: visitors without an account reach
 * only the public pages (which pages those are is proved against the real chain by EndpointMatrixIT).
 */
class MenuTests {

    private static final Set<String> PUBLIC_PAGES =
            Set.of("/publicity", "/think-tank", "/inheritors", "/supervision/bulletins", "/login");
    private static final String PUBLIC = "menu-public[nav-publicity nav-think-tank nav-inheritors nav-bulletins]";

    private static Menu menu;

    @BeforeAll
    static void mapThePortalsControllers() {
        var context = new GenericApplicationContext();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        for (var candidate : scanner.findCandidateComponents("cn.gov.hunan.chuyi")) {
            var definition = new RootBeanDefinition(candidate.getBeanClassName());
            definition.setLazyInit(true); // mapped by type; never created
            context.registerBeanDefinition(candidate.getBeanClassName(), definition);
        }
        context.refresh();
        var mappings = new RequestMappingHandlerMapping();
        mappings.setApplicationContext(context);
        mappings.afterPropertiesSet();
        menu = new Menu(mappings, countingChain(), portalMessages());
    }

    /** The stand-in for the filter chain, counting the questions the menu asks it. */
    private static final AtomicInteger questions = new AtomicInteger();

    private static WebInvocationPrivilegeEvaluator countingChain() {
        return new WebInvocationPrivilegeEvaluator() {
            @Override
            public boolean isAllowed(String uri, Authentication user) {
                throw new AssertionError("the menu asks about GET");
            }

            @Override
            public boolean isAllowed(String contextPath, String uri, String method, Authentication user) {
                questions.incrementAndGet();
                return "GET".equals(method)
                        && (!(user instanceof AnonymousAuthenticationToken) || PUBLIC_PAGES.contains(uri));
            }
        };
    }

    /** The portal's bundles, as spring.messages.basename lists them. */
    private static ResourceBundleMessageSource portalMessages() {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(properties.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theBarIsWorkedOutOncePerSetOfRolesAndLanguage() {
        var zh = Locale.SIMPLIFIED_CHINESE;
        var first = menu.navigation(SignedIn.as(Role.CITY_OFFICER), zh);
        int asked = questions.get();
        // another city officer (another account, the same role) gets the same list, without a question to the rules
        var other = menu.navigation(SignedIn.as(Role.CITY_OFFICER, 2), zh);
        assertThat(other).isSameAs(first);
        assertThat(questions.get()).isEqualTo(asked);
        assertThat(shownEntries(first)).isEqualTo(shown(menu.visibleTo(SignedIn.as(Role.CITY_OFFICER))));
        // another role: its own entries
        assertThat(shownEntries(menu.navigation(SignedIn.as(Role.AUDITOR), zh)))
                .isEqualTo("nav-dashboard nav-audit " + PUBLIC);
        assertThat(shownEntries(menu.navigation(null, zh))).isEqualTo(PUBLIC);
    }

    @Test
    void theLabelsAreInTheLanguageOfThePage() {
        var zh = menu.navigation(SignedIn.as(Role.PROVINCE_ADMIN), Locale.SIMPLIFIED_CHINESE);
        var en = menu.navigation(SignedIn.as(Role.PROVINCE_ADMIN), Locale.ENGLISH);
        assertThat(zh.get(0).text()).isEqualTo("工作台");
        assertThat(en.get(0).text()).isEqualTo("Dashboard");
        assertThat(zh.get(1).text()).isEqualTo("基础信息");
        assertThat(en.get(1).text()).isEqualTo("Directory");
        assertThat(en.get(1).links().get(0).text()).isNotBlank().isNotEqualTo("layout.nav.programs");
        assertThat(shownEntries(en)).isEqualTo(shownEntries(zh));
    }

    @Test
    void theKeptBarStillMarksTheCurrentPagesEntry() {
        var entries = menu.navigation(SignedIn.as(Role.PROVINCE_ADMIN), Locale.SIMPLIFIED_CHINESE);
        var dashboard = entries.get(0);
        var directory = entries.get(1);
        assertThat(dashboard.activeOn("dashboard")).isTrue();
        assertThat(directory.activeOn("dashboard")).isFalse();
        assertThat(directory.activeOn("coverage")).isTrue();
        assertThat(dashboard.activeOn("coverage")).isFalse();
        assertThat(directory.activeOn(null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesExactlyTheEntriesItsRulesLetItOpen(Role role) {
        String expected = switch (role) {
            case PROVINCE_ADMIN ->
                "nav-dashboard menu-directory[nav-programs nav-organizations nav-groups nav-coverage]"
                        + " menu-projects[nav-projects nav-report-status nav-project-changes nav-flagships]"
                        + " menu-selection[nav-rounds nav-nominations nav-inheritor-nominations]"
                        + " menu-supervision[nav-supervision nav-tasks nav-rectifications] " + PUBLIC;
            case CITY_OFFICER ->
                "nav-dashboard menu-directory[nav-programs nav-organizations nav-groups nav-coverage]"
                        + " menu-projects[nav-projects nav-report-status nav-flagships]"
                        + " menu-selection[nav-rounds nav-nominations nav-inheritor-nominations]"
                        + " menu-supervision[nav-tasks nav-rectifications] " + PUBLIC;
            case SCHOOL_ADMIN ->
                "nav-dashboard menu-directory[nav-programs nav-organizations nav-groups]"
                        + " menu-projects[nav-projects nav-report-status]"
                        + " menu-selection[nav-rounds nav-nominations nav-inheritor-nominations]"
                        + " menu-supervision[nav-tasks nav-school-data nav-rectifications] " + PUBLIC;
            case EXPERT ->
                "nav-dashboard menu-directory[nav-programs nav-organizations nav-groups]"
                        + " menu-projects[nav-projects]"
                        + " menu-selection[nav-rounds nav-reviews nav-inheritor-nominations] " + PUBLIC;
            case INSPECTOR ->
                "nav-dashboard menu-directory[nav-programs nav-organizations nav-groups nav-coverage]"
                        + " menu-projects[nav-projects nav-flagships]"
                        + " menu-selection[nav-inheritor-nominations]"
                        + " menu-supervision[nav-tasks nav-rectifications] " + PUBLIC;
            // the three administrators of 三权分立 see no business entry: every business page's rule names the
            // business roles only
            case AUDITOR -> "nav-dashboard nav-audit " + PUBLIC;
            case SYSTEM_ADMIN -> "nav-dashboard nav-users " + PUBLIC;
            case SECURITY_ADMIN -> "nav-dashboard nav-users nav-policy nav-api-keys " + PUBLIC;
        };
        assertThat(shown(menu.visibleTo(SignedIn.as(role)))).isEqualTo(expected);
    }

    @Test
    void aVisitorWithoutAnAccountSeesOnlyThePublicPages() {
        assertThat(shown(menu.visibleTo(null))).isEqualTo(PUBLIC);
        assertThat(shown(menu.visibleTo(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))))
                .isEqualTo(PUBLIC);
    }

    @Test
    void someoneWhoHasNotGivenTheSecondFactorYetSeesOnlyThePublicPages() {
        var pending = UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("PENDING_SECOND_FACTOR"));
        assertThat(shown(menu.visibleTo(pending))).isEqualTo(PUBLIC);
    }

    @Test
    void aDropDownIsMarkedCurrentOnTheMenuValuesOfItsPages() {
        var directory = Menu.ENTRIES.stream()
                .filter(e -> e.id().equals("menu-directory"))
                .findFirst()
                .orElseThrow();
        assertThat(directory.activeOn("coverage")).isTrue();
        assertThat(directory.activeOn("projects")).isFalse();
        assertThat(directory.activeOn(null)).isFalse();
    }

    @Test
    void everyEntryLeadsToAPageOfThePortal() {
        assertThat(menu.addressesWithoutAPage()).isEmpty();
    }

    @Test
    void anEntryNoPageAnswersIsNotOffered() {
        var wrong = List.of(MenuItem.link("nav-nowhere", "layout.nav.programs", "/no-such-page"));
        var rules = new PageRules(new RequestMappingHandlerMapping(), new WebInvocationPrivilegeEvaluator() {
            @Override
            public boolean isAllowed(String uri, Authentication user) {
                return true;
            }

            @Override
            public boolean isAllowed(String contextPath, String uri, String method, Authentication user) {
                return true;
            }
        });
        assertThat(Menu.visible(wrong, path -> rules.mayGet(path, SignedIn.as(Role.PROVINCE_ADMIN))))
                .isEmpty();
        assertThat(rules.answers("/no-such-page")).isFalse();
    }

    @Test
    void everyEntrysLabelIsInTheBundles() throws IOException {
        var keys = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle :
                    files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                try (var in = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
                    keys.load(in);
                }
            }
        }
        var labels = Menu.ENTRIES.stream()
                .flatMap(e -> Stream.concat(Stream.of(e), e.links().stream()))
                .map(MenuItem::label)
                .toList();
        assertThat(keys.stringPropertyNames()).containsAll(labels);
    }

    private static String shown(List<MenuItem> items) {
        return items.stream()
                .map(i -> i.dropdown()
                        ? i.id() + i.links().stream().map(MenuItem::id).collect(Collectors.joining(" ", "[", "]"))
                        : i.id())
                .collect(Collectors.joining(" "));
    }

    private static String shownEntries(List<NavEntry> items) {
        return items.stream()
                .map(i -> i.dropdown()
                        ? i.id() + i.links().stream().map(NavEntry::id).collect(Collectors.joining(" ", "[", "]"))
                        : i.id())
                .collect(Collectors.joining(" "));
    }

    /** A signed-in user of one role, as the sign-in makes them. */
    static final class SignedIn {

        static Authentication as(Role role) {
            return as(role, 1);
        }

        static Authentication as(Role role, long id) {
            var user = new PortalUser(id, "user" + id, "User", null, true, Set.of(role), null, null);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
    }
}
