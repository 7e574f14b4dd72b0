package cn.gov.hunan.chuyi.selection.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.selection.PublicityRounds;
import cn.gov.hunan.chuyi.selection.round.SelectionRoundIT;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A 公示 is addressed to the public, who have no accounts: anyone may object during the period, under a real name
 * or a unit's name with a telephone, bounded per address and day; they get a reference with which (and their
 * telephone) they read the disposition. Their identity is seen by province staff only.
 */
class PublicObjectionIT extends PostgresIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern REFERENCE = Pattern.compile("YY-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @Autowired
    ObjectionService publicity;

    long round;
    long nomination;

    @BeforeEach
    void aNoticeAgainstTheCollegeOfHngy() {
        var notice =
                PublicityRounds.inPublicity(jdbc, "CULTURE_BASE", "异议测试 " + System.nanoTime(), "厅长办公会", "湖南工业职业技术学院");
        round = notice.roundId();
        nomination = notice.nominations().get(0);
    }

    /** Each test objects from its own address, so the daily bound of one does not touch another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    private MvcResult object(String address, String name, String telephone, String reason) throws Exception {
        return mvc.perform(post("/publicity/" + round + "/objections")
                        .with(csrf())
                        .with(from(address))
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", name)
                        .param("telephone", telephone)
                        .param("reason", reason))
                .andReturn();
    }

    private int objections() {
        return jdbc.queryForObject("select count(*) from objection where round_id = ?", Integer.class, round);
    }

    @Test
    void anAnonymousVisitorObjectsThroughTheFormWithItsOwnCsrfTokenAndGetsAReference() throws Exception {
        var browser = SessionCookie.fresh(mvc);
        String page = browser.perform(get("/publicity/" + round))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"objection-form\"")
                .doesNotContain("请登录后提出异议")
                .contains("同一网络地址每天最多 5 件");
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the anonymous session has a CSRF token").isTrue();

        var lodged = browser.perform(post("/publicity/" + round + "/objections")
                        .with(from(newAddress()))
                        .param("_csrf", token.group(1))
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "张某")
                        .param("telephone", "+86 139-0731-0000")
                        .param("reason", "申报材料与实际不符"))
                .andReturn();
        assertThat(lodged.getResponse().getRedirectedUrl()).isEqualTo("/publicity/" + round);
        String reference = (String) lodged.getFlashMap().get("lodgedReference");
        assertThat(reference).matches(REFERENCE);
        var row = jdbc.queryForMap("select * from objection where reference = ?", reference);
        assertThat(row.get("objector_id")).isNull();
        assertThat(row.get("objector_name")).isEqualTo("张某");
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(row.get("id").toString()).isNotEqualTo(reference);

        // the receipt on the page after the redirect carries the reference
        String receipt = browser.perform(get("/publicity/" + round).flashAttr("lodgedReference", reference))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(receipt).contains("id=\"objection-received\"").contains(reference);

        // without the token the same post is refused
        assertThat(mvc.perform(post("/publicity/" + round + "/objections")
                                .param("nominationId", String.valueOf(nomination))
                                .param("name", "张某")
                                .param("telephone", "13907310000")
                                .param("reason", "x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theFormComesBackWithWhatWasTypedAndEachMessageBesideItsField() throws Exception {
        String reason = "理".repeat(2001);
        var zh = object(newAddress(), " ", "12345", reason);
        String page = zh.getResponse().getContentAsString();
        assertThat(zh.getResponse().getStatus()).isEqualTo(200);
        assertThat(page)
                .contains("请填写真实姓名或单位名称")
                .contains("请填写有效的联系电话")
                .contains("异议内容及理由不超过 2000 个字")
                .contains("value=\"12345\"")
                .contains(reason)
                .contains("is-invalid");
        assertThat(objections()).isZero();

        var en = mvc.perform(post("/publicity/" + round + "/objections")
                        .with(csrf())
                        .with(from(newAddress()))
                        .cookie(new Cookie("CHUYI_LANG", "en"))
                        .param("nominationId", "999999999")
                        .param("name", "Zhang")
                        .param("telephone", "0731-845")
                        .param("reason", ""))
                .andReturn();
        assertThat(en.getResponse().getContentAsString())
                .contains("Please give a valid telephone number")
                .contains("Please write the objection")
                .contains("Please choose a nomination from the list")
                .contains("value=\"Zhang\"");
        assertThat(objections()).isZero();
    }

    @Test
    void evidenceFollowsTheAttachmentRulesAndItsSizeLimit() throws Exception {
        var notAPdf = mvc.perform(multipart("/publicity/" + round + "/objections")
                        .file(new MockMultipartFile(
                                "file", "证明.pdf", "application/pdf", "<script>x</script>".getBytes()))
                        .with(csrf())
                        .with(from(newAddress()))
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "张某")
                        .param("telephone", "13907310000")
                        .param("reason", "理由"))
                .andReturn();
        assertThat(notAPdf.getResponse().getContentAsString())
                .contains("id=\"choose-file-again\"")
                .contains("value=\"张某\"");
        assertThat(objections()).isZero();

        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SelectionRoundIT.PDF, 0, large, 0, SelectionRoundIT.PDF.length);
        var tooLarge = mvc.perform(multipart("/publicity/" + round + "/objections")
                        .file(new MockMultipartFile("file", "证明.pdf", "application/pdf", large))
                        .with(csrf())
                        .with(from(newAddress()))
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "张某")
                        .param("telephone", "13907310000")
                        .param("reason", "理由"))
                .andReturn();
        assertThat(tooLarge.getResponse().getContentAsString()).contains("证明材料不超过 10 MB");
        assertThat(objections()).isZero();

        var withEvidence = mvc.perform(multipart("/publicity/" + round + "/objections")
                        .file(new MockMultipartFile("file", "证明.pdf", "application/pdf", SelectionRoundIT.PDF))
                        .with(csrf())
                        .with(from(newAddress()))
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "张某")
                        .param("telephone", "13907310000")
                        .param("reason", "理由"))
                .andReturn();
        assertThat(withEvidence.getResponse().getRedirectedUrl()).isEqualTo("/publicity/" + round);
        assertThat(jdbc.queryForObject("select evidence_sha256 from objection where round_id = ?", String.class, round))
                .hasSize(64);
    }

    @Test
    void oneAddressLodgesAtMostFiveADayWithoutAnAccount() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(object(address, "张某", "13907310000", "理由 " + i)
                            .getResponse()
                            .getRedirectedUrl())
                    .isNotNull();
        }
        var sixth = object(address, "张某", "13907310000", "第六件");
        assertThat(sixth.getResponse().getStatus()).isEqualTo(200);
        assertThat(sixth.getResponse().getContentAsString())
                .contains("id=\"objection-errors\"")
                .contains("每天最多提交 5 件异议")
                .contains("第六件");
        assertThat(objections()).isEqualTo(5);
        assertThat(object(newAddress(), "张某", "13907310000", "另一地址")
                        .getResponse()
                        .getRedirectedUrl())
                .as("another address is not bounded by the first")
                .isNotNull();
    }

    @Test
    void signedInUsersStillObjectUnderTheirAccount() throws Exception {
        var lodged = mvc.perform(post("/publicity/" + round + "/objections")
                        .with(users.as("xhcy"))
                        .with(csrf())
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "新化县楚怡工业学校")
                        .param("telephone", "0738-3512345")
                        .param("reason", "理由"))
                .andReturn();
        assertThat(lodged.getResponse().getRedirectedUrl()).isEqualTo("/publicity/" + round);
        assertThat(jdbc.queryForObject(
                        "select u.username from objection o join app_user u on u.id = o.objector_id "
                                + "where o.round_id = ?",
                        String.class,
                        round))
                .isEqualTo("xhcy");
    }

    @Test
    void provinceStaffHearOfEveryObjectionAndCountTheOpenOnesOnTheirDashboard() throws Exception {
        String before = mvc.perform(get("/").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long openBefore = publicity.openObjections();
        assertThat(before).contains("待处理的公示异议：" + openBefore + " 件");
        object(newAddress(), "赵某", "13907310000", "理由");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'admin' and n.link like ?""", Integer.class, "/rounds/" + round + "#objection-%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username in ('hngy', 'changsha') and n.link like ?""", Integer.class, "/rounds/" + round + "%"))
                .as("only the department is told")
                .isZero();
        String after = mvc.perform(get("/").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).contains("id=\"open-objections\"").contains("待处理的公示异议：" + (openBefore + 1) + " 件");
    }

    @Test
    void theObjectorsIdentityIsSeenByProvinceStaffOnly() throws Exception {
        String address = newAddress();
        object(address, "钱某某", "13907319999", "理由");
        String staff = mvc.perform(get("/rounds/" + round).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(staff).contains("钱某某").contains("13907319999").contains(address);
        for (String user : new String[] {"hngy", "changsha", "expert1", "xhcy"}) {
            var page = mvc.perform(get("/rounds/" + round).with(users.as(user)))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(user).isEqualTo(200);
            assertThat(page.getContentAsString())
                    .as(user)
                    .doesNotContain("钱某某")
                    .doesNotContain("13907319999")
                    .doesNotContain(address)
                    .doesNotContain("id=\"objections\"");
        }
        String schoolsNomination = mvc.perform(get("/nominations/" + nomination).with(users.as("hngy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(schoolsNomination).doesNotContain("钱某某").doesNotContain("13907319999");
        for (String path : new String[] {"/publicity/" + round, "/publicity/" + round + "/print", "/publicity"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                    .as(path)
                    .doesNotContain("钱某某")
                    .doesNotContain("13907319999");
        }
        assertThat(publicity.objections(round, users.principal("hngy"))).isEmpty();
        assertThat(publicity.objections(round, users.principal("changsha"))).isEmpty();
        assertThat(publicity.objections(round, users.principal("admin")))
                .extracting(ObjectionView::objectorName)
                .containsExactly("钱某某");
    }

    @Test
    void theObjectorReadsTheDispositionWithReferenceAndTelephoneAndNothingElse() throws Exception {
        String reference = (String) object(newAddress(), "孙某", "0731-84512345", "机密理由")
                .getFlashMap()
                .get("lodgedReference");
        object(newAddress(), "周某", "13907310000", "另一件异议的理由");
        String address = newAddress();

        var pending = lookUp(address, reference.toLowerCase(), "073184512345");
        assertThat(pending).contains("id=\"lookup-result\"").contains("正在核实处理");

        long id = jdbc.queryForObject("select id from objection where reference = ?", Long.class, reference);
        long round = jdbc.queryForObject("select round_id from objection where id = ?", Long.class, id);
        assertThatThrownBy(() -> publicity.resolve(round + 1000, id, true, "错的批次", users.principal("admin")))
                .as("an objection is decided only on its own round")
                .isInstanceOf(NotFoundException.class);
        publicity.resolve(round, id, false, "经核实，申报材料属实，异议不成立。", users.principal("admin"));
        var decided = lookUp(address, reference, "0731 8451 2345");
        assertThat(decided)
                .contains("经核实，申报材料属实，异议不成立。")
                .contains("id=\"lookup-handled-at\"")
                .doesNotContain("孙某")
                .doesNotContain("机密理由")
                .doesNotContain("周某")
                .doesNotContain("另一件异议");

        assertThat(lookUp(address, reference, "13907310000"))
                .as("the wrong telephone")
                .contains("未找到与该受理编号和联系电话相符的异议")
                .doesNotContain("id=\"lookup-result\"");
        assertThat(lookUp(address, "YY-AAAA-AAAA", "0731-84512345"))
                .as("an unknown reference")
                .contains("未找到与该受理编号和联系电话相符的异议");
    }

    @Test
    void lookUpsAreBoundedPerAddressAndDay() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(lookUp(address, "YY-AAAA-AAA" + (char) ('A' + i % 20), "13907310000"))
                    .contains("未找到");
        }
        assertThat(lookUp(address, "YY-AAAA-AAAB", "13907310000")).contains("每天最多查询 20 次");
        assertThat(lookUp(newAddress(), "YY-AAAA-AAAB", "13907310000")).contains("未找到");
    }

    private String lookUp(String address, String reference, String telephone) throws Exception {
        return mvc.perform(post("/publicity/lookup")
                        .with(csrf())
                        .with(from(address))
                        .param("reference", reference)
                        .param("telephone", telephone))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
