package cn.gov.hunan.chuyi.supervision.bulletin;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The issued bulletins are public: every role and a visitor read them; a year without one is not found. */
@ControllerSlice(PublicBulletinController.class)
class PublicBulletinControllerTests {

    static final String NUMBER = "湘教督通〔2026〕1号";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BulletinService bulletins;

    @MockitoBean
    BulletinDocuments documents;

    static BulletinView issued() {
        return new BulletinView(
                1,
                2026,
                "“双师型”教师队伍建设",
                NUMBER,
                LocalDate.of(2026, 12, 20),
                "第一段。",
                List.of(new BulletinView.City("430100", "长沙市", new BigDecimal("91.5"), null, 1, 1, 2)),
                List.of(new BulletinView.Item(7, "长沙市", "长沙市教育局", "经费保障", "MAJOR", LocalDate.of(2026, 3, 1))),
                LocalDateTime.of(2026, 12, 20, 9, 0));
    }

    @BeforeEach
    void bulletins() {
        BulletinRepository.BulletinSummary summary = new BulletinRepository.BulletinSummary() {
            public int getPlanYear() {
                return 2026;
            }

            public String getTopic() {
                return "“双师型”教师队伍建设";
            }

            public String getDocumentNumber() {
                return NUMBER;
            }

            public LocalDate getIssuedOn() {
                return LocalDate.of(2026, 12, 20);
            }
        };
        when(bulletins.issued()).thenReturn(List.of(summary));
        when(bulletins.bulletin(2026)).thenReturn(issued());
        when(bulletins.bulletin(2025)).thenThrow(new NotFoundException("bulletin", 2025));
        when(documents.pdf(eq(issued()), any())).thenReturn("%PDF-1.7".getBytes());
    }

    @Test
    void theListTheDocumentAndItsPdfAreOpenToEveryone() throws Exception {
        Role[] everyone = Role.values();
        SignedIn.rule(mvc, () -> get("/supervision/bulletins"))
                .allows(status().isOk(), everyone)
                .openToVisitors(status().isOk())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/supervision/bulletins/2026"))
                .allows(status().isOk(), everyone)
                .openToVisitors(status().isOk())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/supervision/bulletins/2026.pdf"))
                .allows(status().isOk(), everyone)
                .openToVisitors(status().isOk())
                .refusesTheRest();
    }

    @Test
    void aVisitorReadsTheDocumentItself() throws Exception {
        mvc.perform(get("/supervision/bulletins/2026"))
                .andExpect(status().isOk())
                .andExpect(view().name("supervision/bulletin/document"))
                .andExpect(content().string(containsString(NUMBER)))
                .andExpect(content().string(containsString("长沙市")));
    }

    @Test
    void thePdfIsADownloadThatIsNeverSniffed() throws Exception {
        mvc.perform(get("/supervision/bulletins/2026.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aYearWithoutAnIssuedBulletinIsNotFound() throws Exception {
        mvc.perform(get("/supervision/bulletins/2025")).andExpect(status().isNotFound());
        mvc.perform(get("/supervision/bulletins/2025.pdf").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound());
    }
}
