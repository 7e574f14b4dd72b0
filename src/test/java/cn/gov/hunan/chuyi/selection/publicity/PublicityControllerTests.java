package cn.gov.hunan.chuyi.selection.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public 公示 pages: open to everyone (every role and a visitor), an unknown notice is 404, an objection lodged by
 * a visitor still needs the page's token, a refused objection comes back with what was typed and each reason beside
 * its field.
 */
@ControllerSlice(PublicityController.class)
class PublicityControllerTests {

    private static final long HIDDEN = 99;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoticeService notices;

    @MockitoBean
    PublicObjections objections;

    @MockitoBean
    RegionDirectory regions;

    @MockitoBean
    NoticeWorkbook exports;

    /** The limits the objection form states, bound as the application binds them (PublicObjections is a mock here). */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicitySettings.class)
    static class Settings {}

    @BeforeEach
    void notices() {
        var notice = new PublicNotice(
                1,
                "2026年楚怡文化传承基地拟立项名单",
                Programs.school("CULTURE_BASE"),
                2026,
                LocalDateTime.of(2026, 9, 1, 9, 0),
                LocalDateTime.of(2026, 9, 8, 17, 0),
                "厅长办公会",
                LocalDate.of(2026, 8, 20),
                true,
                false,
                false,
                false,
                List.of(new PublicNotice.Line(5, "湘绣文化传承基地", "湖南工艺美术职业学院", "430100", null, false, false)));
        var entry = new PublicNotice.Entry(1, notice.title(), notice.startsAt(), notice.endsAt(), true);
        when(notices.currentNotices()).thenReturn(List.of(entry));
        when(notices.pastNotices(0, 20)).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
        when(notices.notice(1)).thenReturn(notice);
        when(notices.notice(HIDDEN)).thenThrow(new NotFoundException("publicity", HIDDEN));
        // a workbook is written once: a fresh one for every request
        when(exports.publicity(eq(notice), any())).thenAnswer(call -> new Spreadsheet("公示"));
        when(objections.lodge(eq(1L), any(), any(), any(), any())).thenReturn("YY-ABCD-2345");
    }

    private static MockHttpServletRequestBuilder objection(String telephone) {
        return post("/publicity/1/objections")
                .param("nominationId", "5")
                .param("name", "李四")
                .param("telephone", telephone)
                .param("reason", "申报材料中的展厅面积与实际不符");
    }

    @Test
    void theNoticesAreOpenToEveryone() throws Exception {
        for (String page : List.of("/publicity", "/publicity/1", "/publicity/1/print")) {
            SignedIn.rule(mvc, () -> get(page))
                    .allows(status().isOk(), Role.values())
                    .openToVisitors(status().isOk())
                    .refusesTheRest();
        }
        SignedIn.rule(mvc, () -> get("/publicity/1/list.xlsx"))
                .allows(
                        result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                                .contains("publicity-1.xlsx"),
                        Role.values())
                .openToVisitors(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .contains("publicity-1.xlsx"))
                .refusesTheRest();
    }

    @Test
    void anUnknownNoticeIsNotFound() throws Exception {
        for (String page : List.of(
                "/publicity/" + HIDDEN, "/publicity/" + HIDDEN + "/print", "/publicity/" + HIDDEN + "/list.xlsx")) {
            mvc.perform(get(page)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/publicity/" + HIDDEN)).andExpect(view().name("error/404"));
    }

    @Test
    void anyoneLodgesAnObjectionAndIsGivenTheReference() throws Exception {
        SignedIn.rule(mvc, () -> objection("13800000000"))
                .allows(redirectedUrl("/publicity/1"), Role.values())
                .openToVisitors(result -> {
                    redirectedUrl("/publicity/1").match(result);
                    flash().attribute("lodgedReference", "YY-ABCD-2345").match(result);
                })
                .refusesTheRest();
        // the visitor's objection, with no account behind it
        verify(objections)
                .lodge(
                        eq(1L),
                        eq(new LodgeObjection(5L, "李四", "13800000000", "申报材料中的展厅面积与实际不符")),
                        any(),
                        isNull(),
                        any());
    }

    @Test
    void aVisitorsObjectionStillNeedsThePagesToken() throws Exception {
        mvc.perform(objection("13800000000")).andExpect(status().isForbidden());
        verify(objections, never()).lodge(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aRefusedObjectionComesBackWithWhatWasTypedAndEachReasonBesideItsField() throws Exception {
        when(objections.lodge(
                        eq(1L), eq(new LodgeObjection(5L, "李四", "12345", "申报材料中的展厅面积与实际不符")), any(), any(), any()))
                .thenThrow(new ObjectionRejected(
                        List.of(new ObjectionRejected.Problem("telephone", "selection.objection.error.telephone"))));
        mvc.perform(objection("12345").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/publicity/detail"))
                .andExpect(model().attributeHasFieldErrors("form", "telephone"))
                .andExpect(content().string(containsString("请填写有效的联系电话")))
                .andExpect(content().string(containsString("value=\"12345\"")))
                .andExpect(content().string(containsString("李四")))
                .andExpect(content().string(containsString("申报材料中的展厅面积与实际不符")));
    }
}
