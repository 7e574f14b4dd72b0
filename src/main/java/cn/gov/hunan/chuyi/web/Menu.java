package cn.gov.hunan.chuyi.web;

import static cn.gov.hunan.chuyi.web.MenuItem.dropdown;
import static cn.gov.hunan.chuyi.web.MenuItem.link;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The navigation bar, built from the endpoints' own rules: {@link #ENTRIES} lists every entry in its place, and a
 * user sees those whose page the security configuration lets them open (see {@link PageRules}: the filter chain
 * and the {@code @PreAuthorize} of the controller method behind the address). Nobody states a second time who sees
 * what: change an endpoint's rule and its menu entry follows. A drop-down shows when one of its links does.
 *
 * <p>What a user sees depends on their roles only (the rules name roles, and whether one has signed in), so the bar
 * is worked out once per set of roles and language and kept ({@link #navigation()}): a page then iterates a short
 * list of labels, instead of asking the filter chain and method security about two dozen addresses and looking up
 * two dozen messages for every page (docs/performance.md, second round).
 *
 * <p>A controller advice rather than a plain component, so that it comes with the controllers into every web slice.
 */
@ControllerAdvice
class Menu {

    /** The entries in the bar's order; ids, message keys and the pages' {@code menu} values as the layout has them. */
    static final List<MenuItem> ENTRIES = List.of(
            link("nav-dashboard", "layout.nav.dashboard", "/", "dashboard"),
            dropdown(
                    "menu-directory",
                    "layout.menu.directory",
                    Set.of("programs", "organizations", "groups", "coverage"),
                    link("nav-programs", "layout.nav.programs", "/programs"),
                    link("nav-organizations", "layout.nav.organizations", "/organizations"),
                    link("nav-groups", "layout.nav.groups", "/groups"),
                    link("nav-coverage", "layout.nav.coverage", "/coverage")),
            dropdown(
                    "menu-projects",
                    "layout.menu.projects",
                    Set.of("projects"),
                    link("nav-projects", "layout.nav.projects", "/projects"),
                    link("nav-report-status", "project.reports.title", "/projects/reports"),
                    link("nav-project-changes", "taskbook.change.listTitle", "/projects/changes"),
                    link("nav-flagships", "layout.nav.flagships", "/flagships")),
            dropdown(
                    "menu-selection",
                    "layout.menu.selection",
                    Set.of("rounds", "nominations", "reviews", "inheritors"),
                    link("nav-rounds", "layout.nav.rounds", "/rounds"),
                    link("nav-nominations", "layout.nav.nominations", "/nominations"),
                    link("nav-reviews", "layout.nav.reviews", "/reviews"),
                    link("nav-inheritor-nominations", "inheritor.list.title", "/inheritors/nominations")),
            dropdown(
                    "menu-supervision",
                    "layout.menu.supervision",
                    Set.of("supervision", "rectifications"),
                    link("nav-supervision", "layout.nav.supervision", "/supervision/plans"),
                    link("nav-tasks", "layout.nav.tasks", "/supervision/tasks"),
                    link("nav-school-data", "layout.nav.schoolData", "/supervision/data"),
                    link("nav-rectifications", "layout.nav.rectifications", "/rectifications")),
            link("nav-users", "layout.nav.users", "/admin/users", "admin"),
            link("nav-policy", "layout.nav.policy", "/admin/policy"),
            link("nav-api-keys", "api.keys.nav", "/admin/api-keys", "api-keys"),
            link("nav-audit", "layout.nav.audit", "/admin/audit", "audit"),
            dropdown(
                    "menu-public",
                    "layout.menu.public",
                    Set.of("publicity", "thinktank", "inheritors", "bulletins"),
                    link("nav-publicity", "layout.nav.publicity", "/publicity"),
                    link("nav-think-tank", "layout.nav.thinkTank", "/think-tank"),
                    link("nav-inheritors", "layout.nav.inheritors", "/inheritors"),
                    link("nav-bulletins", "layout.nav.bulletins", "/supervision/bulletins")));

    /** Who has not signed in, as the filter chain sees them. */
    private static final Authentication VISITOR = new AnonymousAuthenticationToken(
            "menu", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /** More role combinations than the portal has users would be a mistake; the cache starts afresh beyond this. */
    private static final int MAX_KEPT = 512;

    private final PageRules rules;
    private final MessageSource messages;
    private final Map<Key, List<NavEntry>> kept = new ConcurrentHashMap<>();

    Menu(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            WebInvocationPrivilegeEvaluator filterChain,
            MessageSource messages) {
        this.rules = new PageRules(mappings, filterChain);
        this.messages = messages;
    }

    /** The current user's entries in the current language, for the layout. */
    @ModelAttribute("navigation")
    List<NavEntry> navigation() {
        return navigation(SecurityContextHolder.getContext().getAuthentication(), LocaleContextHolder.getLocale());
    }

    /** This user's entries in this language: the same list for everybody with the same roles. */
    List<NavEntry> navigation(Authentication user, Locale locale) {
        Key key = Key.of(user, locale);
        List<NavEntry> entries = kept.get(key);
        if (entries == null) {
            entries = visibleTo(user).stream().map(e -> shown(e, locale)).toList();
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, entries);
        }
        return entries;
    }

    private NavEntry shown(MenuItem item, Locale locale) {
        return new NavEntry(
                item.id(),
                messages.getMessage(item.label(), null, item.label(), locale),
                item.path(),
                item.links().stream().map(l -> shown(l, locale)).toList(),
                item.activeFor());
    }

    /**
     * What the rules can tell apart: whether one has signed in (a visitor, or someone who has not given the second
     * factor yet, holds no role of the portal) and the authorities held; and the language of the labels.
     */
    private record Key(boolean visitor, boolean authenticated, Set<String> authorities, Locale locale) {

        static Key of(Authentication user, Locale locale) {
            if (user == null || user instanceof AnonymousAuthenticationToken) {
                return new Key(true, false, Set.of(), locale);
            }
            return new Key(false, user.isAuthenticated(), names(user.getAuthorities()), locale);
        }

        private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
            return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The entries this user may open, in the bar's order. */
    List<MenuItem> visibleTo(Authentication user) {
        Authentication who = user == null ? VISITOR : user;
        return visible(ENTRIES, path -> rules.mayGet(path, who));
    }

    /** The addresses of entries no page answers: none in the whole application (MenuTests). */
    List<String> addressesWithoutAPage() {
        return ENTRIES.stream()
                .flatMap(e -> e.dropdown() ? e.links().stream() : Stream.of(e))
                .map(MenuItem::path)
                .filter(path -> !rules.answers(path))
                .toList();
    }

    static List<MenuItem> visible(List<MenuItem> entries, Predicate<String> mayOpen) {
        return entries.stream()
                .map(e -> e.keeping(mayOpen))
                .filter(Objects::nonNull)
                .toList();
    }
}
