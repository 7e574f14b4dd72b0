package cn.gov.hunan.chuyi.project.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A warning's deadlines on PostgreSQL: the school is chased before the date it rectifies by, the department after it
 * (to decide a new evaluation or the exit); a project no longer on warning is chased by nobody.
 */
class WarningDeadlinesIT extends PostgresIntegrationTest {

    @Autowired
    WarningDeadlines deadlines;

    private long onWarning(String title, LocalDate rectifyBy) {
        return jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, status,
                    document_number, rectify_by)
                select 'TRAINING_BASE', id, ?, 2024, 'ON_WARNING', '湘教通〔2024〕8号', ?
                from organization where name = '湖南工业职业技术学院'
                returning id""", Long.class, title, rectifyBy);
    }

    private long user(String name) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
    }

    private List<Deadline> of(long project, Instant from, Instant to) {
        return deadlines.openDeadlines(from, to).stream()
                .filter(d -> d.link().equals("/projects/" + project))
                .toList();
    }

    @Test
    void theSchoolIsChasedBeforeTheDateAndTheDepartmentAfterIt() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Instant now = Instant.now();
        Instant week = now.plus(Duration.ofDays(7));
        long soon = onWarning("预警期限IT 即将到期", today.plusDays(3));
        long passed = onWarning("预警期限IT 已过期", today.minusDays(WarningDeadlines.DECISION_DAYS - 3));

        var school = of(soon, now, week);
        assertThat(school).hasSize(1);
        assertThat(school.get(0).kind()).isEqualTo(WarningDeadlines.RECTIFY);
        assertThat(school.get(0).recipients()).contains(user("hngy")).doesNotContain(user("admin"));
        assertThat(school.get(0).open()).isTrue();

        var department = of(passed, now, week);
        assertThat(department).hasSize(1);
        assertThat(department.get(0).kind()).isEqualTo(WarningDeadlines.DECIDE);
        assertThat(department.get(0).recipients()).contains(user("admin")).doesNotContain(user("hngy"));

        jdbc.update("update designated_project set status = 'EXITED', rectify_by = null where id = ?", passed);
        assertThat(of(passed, now, week))
                .as("an exited project is chased by nobody")
                .isEmpty();
    }
}
