package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.account.policy.TwoFactorSwitch;
import cn.gov.hunan.chuyi.account.twofactor.Authenticators;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The system administrator cannot take over the auditor's (or any privileged) account by resetting its password: the
 * reset waits for a security administrator's approval, the system administrator never approves its own request, and
 * the password it finally sees does not get past the owner's second factor. Every step is in the audit log.
 */
class AdministratorResetIT extends PostgresIntegrationTest {

    @Autowired
    TwoFactorRules rules;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccountResets resets;

    @Autowired
    AccountAdmin admin;

    @Autowired
    FirstRun firstRun;

    @Autowired
    PasswordEncoder encoder;

    private String auditorHash;
    private long auditor;
    private long auditBefore;

    @BeforeEach
    void remember() {
        auditor = id("auditor");
        auditorHash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, auditor);
        auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    @AfterEach
    void restore() {
        TwoFactorSwitch.enforce(rules, false);
        jdbc.update(
                "update app_user set password_hash = ?, must_change_password = false, totp_enabled = false, totp_secret = null,"
                        + " totp_last_step = null where id = ?",
                auditorHash,
                auditor);
        jdbc.update("delete from recovery_code where user_id = ?", auditor);
        jdbc.update("delete from account_reset_request");
        jdbc.update("delete from sign_in_failure where username = 'auditor'");
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String version(long account) {
        return String.valueOf(jdbc.queryForObject("select version from app_user where id = ?", Long.class, account));
    }

    private String requestVersion(long request) {
        return String.valueOf(
                jdbc.queryForObject("select version from account_reset_request where id = ?", Long.class, request));
    }

    /** The auditor's authenticator, enrolled as the auditor would at first sign-in. */
    private String enrolAuditor() {
        String secret = Authenticators.newSecret();
        twoFactor.enrol(auditor, secret, Authenticators.codeNow(secret));
        return secret;
    }

    private MvcResult resetAsSysadmin(long account, String reason) throws Exception {
        return mvc.perform(post("/admin/users/" + account + "/password")
                        .with(users.as("sysadmin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/admin/users/" + account)
                        .param("version", version(account))
                        .param("reason", reason))
                .andReturn();
    }

    private long openRequest(long account) {
        return jdbc.queryForObject("select max(id) from account_reset_request where user_id = ?", Long.class, account);
    }

    @Test
    void theSystemAdministratorGetsNoUsablePasswordForTheAuditorWithoutApprovalAndNeverPastItsSecondFactor()
            throws Exception {
        String secret = enrolAuditor();
        TwoFactorSwitch.enforce(rules, true);

        MvcResult asked = resetAsSysadmin(auditor, "审计管理员忘记密码，电话申请");
        assertThat(asked.getResponse().getContentAsString())
                .as("no password shown at the request")
                .doesNotContain("one-time-password");
        long request = openRequest(auditor);
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/admin/resets/" + request);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, auditor))
                .as("the auditor's password is untouched until approval")
                .isEqualTo(auditorHash);

        // nothing to collect before approval, and the system administrator cannot approve, neither by page nor by
        // service
        assertThat(collect(request).getFlashMap().get("errorKey")).isEqualTo("account.reset.error.state");
        assertThat(mvc.perform(post("/admin/resets/" + request + "/approve")
                                .with(users.as("sysadmin"))
                                .with(csrf())
                                .param("version", requestVersion(request))
                                .param("confirmed", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThatThrownBy(() -> resets.approve(
                        request, Long.parseLong(requestVersion(request)), true, users.principal("sysadmin")))
                .isInstanceOf(AccessDeniedException.class);

        // the security administrator sees it waiting, must confirm, then approves
        assertThat(mvc.perform(get("/admin/resets").with(users.as("secadmin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"reset-" + request + "\"")
                .contains("审计管理员忘记密码");
        assertThat(mvc.perform(get("/admin/resets/" + request).with(users.as("secadmin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"approve-form\"")
                .contains("id=\"confirmed\"");
        assertThat(approve(request, false).getFlashMap().get("errorKey")).isEqualTo("account.reset.error.confirm");
        assertThat(approve(request, true).getFlashMap().get("success")).isEqualTo("account.reset.approved");

        String page = collect(request).getResponse().getContentAsString();
        var shown = Pattern.compile("id=\"one-time-password\"[^>]*>([^<]+)<").matcher(page);
        assertThat(shown.find())
                .as("after approval the requester sees the password once")
                .isTrue();
        String oneTime = shown.group(1).replace("&amp;", "&").replace("&#39;", "'");
        assertThat(collect(request).getFlashMap().get("errorKey"))
                .as("only once")
                .isEqualTo("account.reset.error.state");

        // the reset left the second factor alone: the password leads only to the second step
        assertThat(jdbc.queryForObject("select totp_enabled from app_user where id = ?", Boolean.class, auditor))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where used_at is null and user_id = ?",
                        Integer.class,
                        auditor))
                .isEqualTo(10);
        MvcResult signIn = mvc.perform(post("/login")
                        .param("username", "auditor")
                        .param("password", oneTime)
                        .with(csrf()))
                .andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login/two-factor");
        var attacker = SessionCookie.of(mvc, signIn);
        assertThat(attacker.perform(get("/admin/audit"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the audit log stays closed")
                .isEqualTo("/login/two-factor");
        assertThat(attacker.perform(post("/login/two-factor").with(csrf()).param("code", "000000"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"wrong-code\"");
        assertThat(attacker.perform(get("/login/two-factor"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("no enrolment offered to whoever holds the password")
                .doesNotContain("totp-secret");
        // the owner, with the authenticator, gets in and must change the one-time password first
        String ownersCode = Authenticators.codeAfter(secret, 1);
        var owner = SessionCookie.of(
                mvc,
                mvc.perform(post("/login")
                                .param("username", "auditor")
                                .param("password", oneTime)
                                .with(csrf()))
                        .andReturn());
        assertThat(owner.perform(post("/login/two-factor").with(csrf()).param("code", ownersCode))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");

        // with the one-time password outstanding, the second factor cannot be reset as well
        assertThat(mvc.perform(post("/admin/users/" + auditor + "/two-factor")
                                .with(users.as("sysadmin"))
                                .with(csrf())
                                .param("reason", "手机丢失"))
                        .andReturn()
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("account.reset.error.oneTimeOutstanding");

        // the auditor sees every step: who asked, who approved, who carried it out
        assertThat(jdbc.queryForList(
                        "select action || ' ' || actor || ' ' || details from audit_event where id > ?"
                                + " and target_type = 'ACCOUNT_RESET' and target_id = 'auditor' order by id",
                        String.class,
                        auditBefore))
                .satisfiesExactly(
                        r -> assertThat(r)
                                .startsWith("RESET_REQUESTED sysadmin")
                                .contains("requester=sysadmin")
                                .contains("审计管理员忘记密码"),
                        r -> assertThat(r).startsWith("RESET_APPROVED secadmin").contains("approver=secadmin"),
                        r -> assertThat(r)
                                .startsWith("RESET_CARRIED_OUT sysadmin")
                                .contains("requester=sysadmin")
                                .contains("approver=secadmin"));
        assertThat(mvc.perform(get("/admin/audit")
                                .param("targetType", "ACCOUNT_RESET")
                                .with(users.as("auditor")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"audit-resets\"")
                .contains("批准重置账号")
                .contains("执行重置账号")
                .contains("approver=secadmin");
        assertThat(mvc.perform(get("/admin/users/" + auditor).with(users.as("sysadmin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("history on the account")
                .contains("申请重置")
                .contains("批准重置")
                .contains("id=\"account-resets\"");
    }

    @Test
    void aPrivilegedAccountWithoutASecondFactorIsNotResetAndTheOnlySecurityAdministratorGoesToTheCommandLine()
            throws Exception {
        long province = id("admin");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, province);
        assertThat(resetAsSysadmin(province, "忘记密码").getFlashMap().get("errorKey"))
                .as("whoever signed in first would enrol their own authenticator")
                .isEqualTo("account.reset.error.noSecondFactor");
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, province))
                .isEqualTo(hash);

        long secadmin = id("secadmin");
        jdbc.update("update app_user set totp_enabled = true, totp_secret = 'v1:x' where id = ?", secadmin);
        try {
            assertThat(resetAsSysadmin(secadmin, "忘记密码").getFlashMap().get("errorKey"))
                    .as("nobody but the owner could approve")
                    .isEqualTo("account.reset.error.noApprover");
            assertThat(resetAsSysadmin(auditor, " ").getFlashMap().get("errorKey"))
                    .isEqualTo("account.admin.error.reason");
        } finally {
            jdbc.update("update app_user set totp_enabled = false, totp_secret = null where id = ?", secadmin);
        }
    }

    @Test
    void aSecondFactorIsResetOnlyWithApprovalAndThenTheOwnerEnrolsAgain() throws Exception {
        enrolAuditor();
        long request = resets.requestSecondFactorReset(auditor, "验证器手机丢失", users.principal("sysadmin"));
        assertThat(jdbc.queryForObject("select totp_enabled from app_user where id = ?", Boolean.class, auditor))
                .isTrue();
        assertThat(mvc.perform(post("/admin/resets/" + request + "/refuse")
                                .with(users.as("secadmin"))
                                .with(csrf())
                                .param("version", requestVersion(request))
                                .param("reason", " "))
                        .andReturn()
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("account.admin.error.reason");
        approve(request, true);
        assertThat(jdbc.queryForObject("select totp_enabled from app_user where id = ?", Boolean.class, auditor))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Integer.class, auditor))
                .isZero();
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, auditor))
                .as("the password stays the owner's")
                .isEqualTo(auditorHash);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where id > ? and target_type = 'ACCOUNT_RESET' order by id",
                        String.class,
                        auditBefore))
                .containsExactly("RESET_REQUESTED", "RESET_APPROVED", "RESET_CARRIED_OUT");
    }

    @Test
    void aSchoolAccountsPasswordIsStillResetInOneStep() throws Exception {
        long school = jdbc.queryForObject("select id from organization where name = '湖南工业职业技术学院'", Long.class);
        String name = "reset-school-" + (System.nanoTime() % 1_000_000);
        long account = admin.create(name, "学校账号（重置测试）", null, school, users.principal("sysadmin"))
                .accountId();
        jdbc.update("insert into user_role (user_id, role) values (?, 'SCHOOL_ADMIN')", account);
        String page = resetAsSysadmin(account, "").getResponse().getContentAsString();
        assertThat(page).contains("id=\"one-time-password\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_reset_request where user_id = ?", Integer.class, account))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select action from audit_event where id > ? and target_type = 'ACCOUNT_RESET'"
                                + " and target_id = ?",
                        String.class,
                        auditBefore,
                        name))
                .isEqualTo(List.of("RESET_CARRIED_OUT"));
    }

    @Test
    void theOnlySecurityAdministratorsPasswordIsResetOnTheCommandLineAndTheAuditorSeesIt() {
        long secadmin = id("secadmin");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, secadmin);
        var console = new ByteArrayOutputStream();
        firstRun.printTo(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertThat(firstRun.resetPassword("secadmin")).isTrue();
            var shown = Pattern.compile("^  secadmin  (\\S+)$", Pattern.MULTILINE)
                    .matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(shown.find()).isTrue();
            assertThat(encoder.matches(
                            shown.group(1),
                            jdbc.queryForObject(
                                    "select password_hash from app_user where id = ?", String.class, secadmin)))
                    .isTrue();
            assertThat(jdbc.queryForList(
                            "select actor from audit_event where id > ? and action = 'RESET_CARRIED_OUT'"
                                    + " and target_type = 'ACCOUNT_RESET' and target_id = 'secadmin'",
                            String.class,
                            auditBefore))
                    .containsExactly(FirstRun.ACTOR);
            assertThat(firstRun.resetPassword("no-such-person")).isFalse();
        } finally {
            firstRun.printTo(System.out);
            jdbc.update(
                    "update app_user set password_hash = ?, must_change_password = false where id = ?", hash, secadmin);
        }
    }

    @Test
    void aPrivilegedRoleIsNotGrantedWhileTheOneTimePasswordTheSystemAdministratorSawStillWorks() throws Exception {
        String name = "new-auditor-" + (System.nanoTime() % 1_000_000);
        mvc.perform(post("/admin/users")
                .with(users.as("sysadmin"))
                .with(csrf())
                .param("username", name)
                .param("displayName", "新审计员"));
        long account = id(name);
        var refused = mvc.perform(post("/admin/users/" + account + "/roles")
                        .with(users.as("secadmin"))
                        .with(csrf())
                        .param("role", "AUDITOR")
                        .param("grant", "true")
                        .param("reason", "新任审计管理员"))
                .andReturn();
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("account.admin.error.privilegedOneTime");
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, account))
                .isEmpty();

        jdbc.update(
                "update app_user set must_change_password = false where id = ?", account); // the owner set their own
        mvc.perform(post("/admin/users/" + account + "/roles")
                .with(users.as("secadmin"))
                .with(csrf())
                .param("role", "AUDITOR")
                .param("grant", "true")
                .param("reason", "新任审计管理员"));
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, account))
                .containsExactly("AUDITOR");
    }

    private MvcResult approve(long request, boolean confirmed) throws Exception {
        var approval = post("/admin/resets/" + request + "/approve")
                .with(users.as("secadmin"))
                .with(csrf())
                .header("Referer", "http://localhost/admin/resets/" + request)
                .param("version", requestVersion(request));
        if (confirmed) {
            approval.param("confirmed", "true");
        }
        return mvc.perform(approval).andReturn();
    }

    private MvcResult collect(long request) throws Exception {
        return mvc.perform(post("/admin/resets/" + request + "/collect")
                        .with(users.as("sysadmin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/admin/resets/" + request)
                        .param("version", requestVersion(request)))
                .andReturn();
    }
}
