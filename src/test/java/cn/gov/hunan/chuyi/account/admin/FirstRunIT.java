package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An empty production database has no account and no default password: the first-run command creates the
 * three administrators with one-time passwords printed once, never logged, and refuses to run twice.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunIT extends PostgresIntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void theFirstRunCreatesTheThreeAdministratorsOnAnEmptyDatabaseOnce(CapturedOutput log) throws Exception {
        jdbc.execute("drop database if exists chuyi_first_run");
        jdbc.execute("create database chuyi_first_run");
        String url =
                environment.getProperty("spring.datasource.url").replaceFirst("/[^/?]+(\\?|$)", "/chuyi_first_run$1");
        // command-line arguments, as an operator gives them: they outrank the profile's settings
        try (var context = new SpringApplicationBuilder(ChuyiApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--server.port=0",
                        "--chuyi.selection.scheduler.enabled=false",
                        "--chuyi.supervision.scheduler.enabled=false",
                        "--chuyi.audit.scheduler.enabled=false",
                        "--chuyi.security.secret-key=" + environment.getProperty("chuyi.security.secret-key"))) {
            var production = context.getBean(JdbcTemplate.class);
            assertThat(production.queryForObject("select count(*) from app_user", Integer.class))
                    .as("no default account")
                    .isZero();
            FirstRun firstRun = context.getBean(FirstRun.class);
            var console = new ByteArrayOutputStream();
            firstRun.printTo(new PrintStream(console, true, StandardCharsets.UTF_8));
            assertThat(firstRun.createAdministrators()).isTrue();
            String shown = console.toString(StandardCharsets.UTF_8);
            var lines = Pattern.compile("^  (sysadmin|secadmin|auditor)  (\\S+)$", Pattern.MULTILINE)
                    .matcher(shown);
            var encoder = context.getBean(PasswordEncoder.class);
            int found = 0;
            while (lines.find()) {
                found++;
                String hash = production.queryForObject(
                        "select password_hash from app_user where username = ?", String.class, lines.group(1));
                assertThat(encoder.matches(lines.group(2), hash)).isTrue();
                assertThat(log.getAll()).as("the password is never logged").doesNotContain(lines.group(2));
            }
            assertThat(found).isEqualTo(3);
            assertThat(production.queryForList(
                            "select u.username || ':' || r.role from app_user u join user_role r on r.user_id = u.id"
                                    + " order by 1",
                            String.class))
                    .containsExactly("auditor:AUDITOR", "secadmin:SECURITY_ADMIN", "sysadmin:SYSTEM_ADMIN");
            assertThat(production.queryForList("select must_change_password from app_user", Boolean.class))
                    .containsOnly(true);
            assertThat(firstRun.createAdministrators()).as("only once").isFalse();
            assertThat(production.queryForObject("select count(*) from app_user", Integer.class))
                    .isEqualTo(3);
        } finally {
            jdbc.execute("drop database if exists chuyi_first_run with (force)");
        }
    }
}
