package cn.gov.hunan.chuyi.selection.expert;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The expert pool: only the department, an unknown expert is 404, refused and stale forms keep their text. */
@ControllerSlice(ExpertController.class)
class ExpertControllerTests {

    private static final long HIDDEN = 99;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ExpertPool pool;

    private static ExpertLine expert(long version) {
        return new ExpertLine(
                8,
                "expert8",
                "王教授",
                "教授",
                List.of("工艺美术", "非遗传承"),
                "湖南师范大学",
                new City("430100", "长沙市", "Changsha"),
                version);
    }

    @BeforeEach
    void pool() {
        when(pool.all()).thenReturn(List.of(expert(3)));
        when(pool.get(8)).thenReturn(expert(3));
        when(pool.get(HIDDEN)).thenThrow(new NotFoundException("expert", HIDDEN));
    }

    @Test
    void onlyTheDepartmentKeepsThePool() throws Exception {
        SignedIn.rule(mvc, () -> get("/experts"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/experts/8/edit"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/experts/8")
                                .param("title", "研究员")
                                .param("fields", "工艺美术")
                                .param("version", "3"))
                .allows(redirectedUrl("/experts"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(pool).describe(8, "研究员", "工艺美术", 3);
    }

    @Test
    void anUnknownExpertIsNotFound() throws Exception {
        mvc.perform(get("/experts/" + HIDDEN + "/edit").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void aTooLongTitleComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        mvc.perform(post("/experts/8")
                        .param("title", "长".repeat(51))
                        .param("fields", "湘绣技艺")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/expert/form"))
                .andExpect(model().attributeHasFieldErrors("form", "title"))
                .andExpect(content().string(containsString("职称不能超过 50 个字")))
                .andExpect(content().string(containsString("湘绣技艺")));
        verify(pool, never()).describe(anyLong(), anyString(), anyString(), anyLong());
    }

    @Test
    void fieldsThePoolRefusesComeBackWithTheReasonAndWhatWasTyped() throws Exception {
        doThrow(new ExpertRejected("selection.expert.error.fieldCount", 10))
                .when(pool)
                .describe(8, "研究员", "甲,乙", 3);
        mvc.perform(post("/experts/8")
                        .param("title", "研究员")
                        .param("fields", "甲,乙")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("专业领域最多登记 10 个")))
                .andExpect(content().string(containsString("甲,乙")));
    }

    @Test
    void aStaleFormComesBackWithTheCurrentVersion() throws Exception {
        doThrow(new OptimisticLockException()).when(pool).describe(8, "研究员", "工艺美术", 2);
        mvc.perform(post("/experts/8")
                        .param("title", "研究员")
                        .param("fields", "工艺美术")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("研究员")))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
    }

    @Test
    void theFormNeedsItsToken() throws Exception {
        mvc.perform(post("/experts/8")
                        .param("title", "研究员")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(pool, never()).describe(anyLong(), anyString(), anyString(), anyLong());
    }
}
