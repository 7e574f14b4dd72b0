package cn.gov.hunan.chuyi.thinktank;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageImpl;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The think-tank's activities: a public list and page; recording, changing and files for its editors only. */
@ControllerSlice(ThinkTankController.class)
class ThinkTankControllerTests {

    private static final long ACTIVITY = 12;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ThinkTankService thinkTank;

    @BeforeEach
    void activities() {
        var lecture = new ActivityView(
                ACTIVITY,
                ActivityKind.LECTURE,
                "楚怡大讲堂第十讲",
                LocalDate.of(2026, 4, 2),
                "张教授",
                "长沙",
                120,
                "职业教育与产业",
                false,
                null,
                false,
                false,
                3);
        when(thinkTank.coming()).thenReturn(List.of());
        when(thinkTank.past(any())).thenReturn(new PageImpl<>(List.of(lecture)));
        when(thinkTank.list(any(), any()))
                .thenReturn(new ThinkTankService.ListPage(List.of(), new PageImpl<>(List.of(lecture)), false));
        when(thinkTank.page(eq(ACTIVITY), any()))
                .thenReturn(new ThinkTankService.ActivityPage(lecture, List.of(), List.of(), false, false, false));
        when(thinkTank.mayEdit(any())).thenReturn(true);
        when(thinkTank.record(any(), any())).thenReturn(ACTIVITY);
        var form = new ActivityForm();
        form.setKind(ActivityKind.LECTURE);
        form.setTitle("楚怡大讲堂第十讲");
        form.setHeldOn(LocalDate.of(2026, 4, 2));
        form.setVersion(3);
        when(thinkTank.form(eq(ACTIVITY), any())).thenReturn(form);
        when(thinkTank.download(eq(ACTIVITY), eq(4L), any()))
                .thenReturn(new ThinkTankService.Download(
                        "议程.pdf",
                        "application/pdf",
                        new ByteArrayResource("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void theListAndAnActivityArePublic() throws Exception {
        SignedIn.rule(mvc, () -> get("/think-tank"))
                .allows(status().isOk(), Role.values())
                .openToVisitors(status().isOk())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/think-tank/" + ACTIVITY))
                .allows(status().isOk(), Role.values())
                .openToVisitors(status().isOk())
                .refusesTheRest();
    }

    @Test
    void theFormsAreForTheDepartmentAndSchoolsEvenWhereThePathLooksPublic() throws Exception {
        // "/think-tank/new" matches the public pattern "/think-tank/*": the method's role rule still sends a visitor to
        // sign in
        SignedIn.rule(mvc, () -> get("/think-tank/new"))
                .allows(status().isOk(), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/think-tank/" + ACTIVITY + "/edit"))
                .allows(status().isOk(), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aSchoolThatIsNotTheThinkTanksEditorIsRefusedTheForm() throws Exception {
        when(thinkTank.mayEdit(any())).thenReturn(false);
        mvc.perform(get("/think-tank/new").with(SignedIn.as(SCHOOL_ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void activitiesAreRecordedChangedAndCancelledByTheDepartmentAndSchools() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/think-tank")
                                .param("kind", "FORUM")
                                .param("title", "楚怡论坛")
                                .param("heldOn", "2026-06-01"))
                .allows(redirectedUrl("/think-tank/" + ACTIVITY), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/think-tank/" + ACTIVITY)
                                .param("kind", "FORUM")
                                .param("title", "楚怡论坛")
                                .param("heldOn", "2026-06-01")
                                .param("version", "3"))
                .allows(redirectedUrl("/think-tank/" + ACTIVITY), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/think-tank/" + ACTIVITY + "/cancel").param("reason", "天气原因"))
                .allows(redirectedUrl("/think-tank/" + ACTIVITY), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> multipart("/think-tank/" + ACTIVITY + "/attachments")
                                .file(new MockMultipartFile(
                                        "file", "议程.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'})))
                .allows(redirectedUrl("/think-tank/" + ACTIVITY), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void filesAreForSignedInBusinessRolesAsDownloads() throws Exception {
        SignedIn.rule(mvc, () -> get("/think-tank/" + ACTIVITY + "/attachments/4"))
                .allows(
                        header().string("Content-Disposition", containsString("attachment")),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT,
                        INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void anActivityWithoutATitleComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/think-tank")
                        .param("kind", "LECTURE")
                        .param("title", "")
                        .param("heldOn", "2026-06-01")
                        .param("speakers", "李研究员")
                        .param("place", "湖南师范大学")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("thinktank/form"))
                .andExpect(model().attributeHasFieldErrors("form", "title"))
                .andExpect(content().string(containsString("李研究员")))
                .andExpect(content().string(containsString("湖南师范大学")))
                .andExpect(content().string(containsString("请填写题目")));
        verify(thinkTank, never()).record(any(), any());
    }

    @Test
    void aChangeTheServiceRefusesComesBackWithItsReason() throws Exception {
        doThrow(new ActivityRejected("thinktank.error.attendanceFuture"))
                .when(thinkTank)
                .update(anyLong(), any(), any());
        mvc.perform(post("/think-tank/" + ACTIVITY)
                        .param("kind", "FORUM")
                        .param("title", "楚怡论坛")
                        .param("heldOn", "2099-06-01")
                        .param("attendance", "300")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("活动尚未举办")))
                .andExpect(content().string(containsString("value=\"300\"")));
    }
}
