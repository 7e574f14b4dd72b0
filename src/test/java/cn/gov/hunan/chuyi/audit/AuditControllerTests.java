package cn.gov.hunan.chuyi.audit;

import static cn.gov.hunan.chuyi.account.Role.AUDITOR;
import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log's pages are the audit administrator's alone; a refusal is itself audited. */
@ControllerSlice(AuditController.class)
@RecordApplicationEvents
class AuditControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @MockitoBean
    AuditLog log;

    @BeforeEach
    void rows() {
        var row = new AuditView(
                7, LocalDateTime.of(2026, 3, 1, 9, 30), "admin", "10.0.0.8", "SIGN_IN", null, null, "SUCCESS", null);
        when(log.search(any(), any())).thenReturn(new PageImpl<>(List.of(row)));
        when(log.actions()).thenReturn(List.of("SIGN_IN"));
        when(log.verify()).thenReturn(new AuditLog.Verification(true, 1, null, "SHA-256"));
    }

    @Test
    void onlyTheAuditAdministratorReadsTheLog() throws Exception {
        for (String path : List.of("/admin/audit", "/admin/audit/verify", "/admin/audit/export.csv")) {
            SignedIn.rule(mvc, () -> get(path)).allows(status().isOk(), AUDITOR).refusesTheRest();
        }
    }

    @Test
    void aRefusalByRoleIsAudited() throws Exception {
        mvc.perform(get("/admin/audit").with(SignedIn.as(SECURITY_ADMIN))).andExpect(status().isForbidden());
        assertThat(events.stream(Audited.class))
                .anySatisfy(denied -> assertThat(List.of(denied.action(), denied.targetId(), denied.outcome()))
                        .containsExactly("ACCESS", "/admin/audit", "DENIED"));
    }

    @Test
    void theFilterReachesTheLogNewestFirst() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-31")
                        .param("actor", "admin")
                        .param("action", "SIGN_IN")
                        .param("page", "2")
                        .with(SignedIn.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/list"))
                .andExpect(content().string(containsString("10.0.0.8")));
        var filter = ArgumentCaptor.forClass(AuditLog.Filter.class);
        var page = ArgumentCaptor.forClass(Pageable.class);
        verify(log).search(filter.capture(), page.capture());
        assertThat(filter.getValue())
                .isEqualTo(new AuditLog.Filter(
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "admin", "SIGN_IN", null, null));
        assertThat(page.getValue().getPageNumber()).isEqualTo(2);
        assertThat(page.getValue().getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "id"));
    }

    @Test
    void anApiCallsProblemIsNamedInTheReadersLanguageNotByItsSlug() throws Exception {
        var refused = new AuditView(
                8,
                LocalDateTime.of(2026, 3, 1, 9, 31),
                "api-key:0123abcd",
                "10.0.0.9",
                "API_CALL",
                "API",
                "/api/v1/projects",
                "DENIED",
                "GET 429 rate-limited ?page=2");
        var unknown = new AuditView(
                9,
                LocalDateTime.of(2026, 3, 1, 9, 32),
                "api-key:0123abcd",
                "10.0.0.9",
                "API_CALL",
                "API",
                "/api/v1/projects",
                "FAILURE",
                "GET 418 some-later-problem");
        when(log.search(any(), any())).thenReturn(new PageImpl<>(List.of(refused, unknown)));
        when(log.actions()).thenReturn(List.of("API_CALL"));

        String chinese = mvc.perform(get("/admin/audit").with(SignedIn.as(AUDITOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese)
                .contains("GET 429 <span class=\"audit-problem\" title=\"rate-limited\">调用过于频繁</span> ?page=2")
                .contains(">API 调用<")
                .doesNotContain(">rate-limited<")
                .doesNotContain("??")
                // a slug the bundle does not know yet is shown as it is
                .contains("title=\"some-later-problem\">some-later-problem</span>");

        String english = mvc.perform(get("/admin/audit").param("lang", "en").with(SignedIn.as(AUDITOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("GET 429 <span class=\"audit-problem\" title=\"rate-limited\">Too many calls</span> ?page=2")
                .contains(">API call<")
                .doesNotContain("??");
    }

    @Test
    void aDateThatIsNoDateInALinkIsNotFound() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(SignedIn.as(AUDITOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExportIsADownloadWithHeadersInTheReadersLanguage() throws Exception {
        mvc.perform(get("/admin/audit/export.csv").with(SignedIn.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(containsString("操作人")))
                .andExpect(content().string(containsString("10.0.0.8")));
    }
}
