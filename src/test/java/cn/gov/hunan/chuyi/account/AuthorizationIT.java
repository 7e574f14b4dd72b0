package cn.gov.hunan.chuyi.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may open which page: every controller method against every kind of account. Object-level rules
 * (another city's school, another school's record) are in the module tests.
 */
class AuthorizationIT extends PostgresIntegrationTest {

    private static final String[] BUSINESS = {"admin", "changsha", "hngy", "expert1", "inspector1"};
    private static final String[] ADMINISTRATORS = {"auditor", "sysadmin", "secadmin"};

    static Stream<Arguments> pages() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String page : new String[] {"/", "/programs", "/programs/CULTURE_BASE", "/organizations"}) {
            for (String user : BUSINESS) {
                cases.add(Arguments.of(user, page, 200));
            }
        }
        for (String page : new String[] {"/programs", "/programs/CULTURE_BASE", "/organizations"}) {
            for (String user : ADMINISTRATORS) {
                cases.add(Arguments.of(user, page, 403));
            }
        }
        for (String user : ADMINISTRATORS) {
            cases.add(Arguments.of(user, "/", 200));
        }
        cases.add(Arguments.of("admin", "/programs/CULTURE_BASE/target", 200));
        for (String user :
                new String[] {"changsha", "hngy", "expert1", "inspector1", "auditor", "sysadmin", "secadmin"}) {
            cases.add(Arguments.of(user, "/programs/CULTURE_BASE/target", 403));
        }
        cases.add(Arguments.of("admin", "/programs/NO_SUCH_PROGRAM", 404));
        cases.add(Arguments.of("admin", "/organizations/999999999", 404));
        cases.add(Arguments.of("admin", "/actuator/env", 403));
        cases.add(Arguments.of("admin", "/actuator/beans", 403));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @MethodSource("pages")
    void eachRoleReachesOnlyItsPages(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(users.as(username))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "anonymous GET {0} -> sign-in page")
    @MethodSource("privatePages")
    void anonymousVisitorsAreSentToTheSignInPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    static Stream<String> privatePages() {
        return Stream.of(
                "/",
                "/programs",
                "/programs/CULTURE_BASE",
                "/programs/CULTURE_BASE/target",
                "/organizations",
                "/organizations/1");
    }

    @ParameterizedTest(name = "{0} POST target -> {1}")
    @MethodSource("targetPosters")
    void onlyProvinceStaffMayChangeATarget(String username, int expected) throws Exception {
        mvc.perform(post("/programs/THINK_TANK/target")
                        .with(users.as(username))
                        .with(csrf())
                        .param("target", "1")
                        .param("reason", "authorization test")
                        .param("version", "0"))
                .andExpect(status().is(expected));
    }

    static Stream<Arguments> targetPosters() {
        return Stream.of(
                Arguments.of("changsha", 403),
                Arguments.of("hngy", 403),
                Arguments.of("expert1", 403),
                Arguments.of("inspector1", 403),
                Arguments.of("auditor", 403),
                Arguments.of("sysadmin", 403),
                Arguments.of("secadmin", 403));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/programs/THINK_TANK/target")
                        .with(users.as("admin"))
                        .param("target", "2")
                        .param("reason", "no token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicAndTheLoginPageToo() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }
}
