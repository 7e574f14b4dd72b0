package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.supervision.People;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rectification deadlines the reminder engine hears of, when they fall due, and whom they concern. */
class RectificationDeadlinesTests {

    private final FindingRepository findings = mock(FindingRepository.class);
    private final AccountDirectory accounts = mock(AccountDirectory.class);
    private final RectificationDeadlines source = new RectificationDeadlines(findings, accounts, 15);

    {
        when(accounts.withRole(Role.SCHOOL_ADMIN))
                .thenReturn(List.of(new UserSummary(11, "xhcy", "学校", People.LOUDI, 7L)));
        when(accounts.withRole(Role.CITY_OFFICER))
                .thenReturn(List.of(new UserSummary(21, "loudi", "娄底", People.LOUDI, null)));
        when(accounts.withRole(Role.PROVINCE_ADMIN))
                .thenReturn(List.of(new UserSummary(31, "admin", "省厅", null, null)));
    }

    private List<Deadline> around(LocalDate day, Finding... items) {
        when(findings.findOwingBetween(any(), any(), any())).thenReturn(List.of(items));
        Instant from = day.atStartOfDay(PortalTime.ZONE).toInstant();
        return source.openDeadlines(
                from, day.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant());
    }

    @Test
    void aSchoolsItemIsDueToTheSchoolThenItsCityThenTheProvinceAtTheEndOfEachDay() {
        Finding school = Findings.forSchool(7);
        LocalDate d = Findings.DEADLINE;

        assertThat(around(d, school)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(RectificationDeadlines.KIND);
            assertThat(x.recipients()).containsExactly(11L);
            assertThat(PortalTime.local(x.due())).isEqualTo(d.atTime(23, 59, 59));
        });
        assertThat(around(d.plusDays(15), school)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(RectificationDeadlines.KIND_CITY);
            assertThat(x.recipients()).containsExactly(21L);
        });
        assertThat(around(d.plusDays(30), school)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(RectificationDeadlines.KIND_PROVINCE);
            assertThat(x.recipients()).containsExactly(31L);
        });
    }

    @Test
    void aCitysOwnItemGoesStraightToTheProvinceAndAnExtensionMovesEveryLevel() {
        Finding city = Findings.open();
        LocalDate d = Findings.DEADLINE;
        assertThat(around(d, city))
                .singleElement()
                .satisfies(x -> assertThat(x.recipients()).containsExactly(21L));
        assertThat(around(d.plusDays(15), city))
                .singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(RectificationDeadlines.KIND_PROVINCE));

        city.extendTo(d.plusDays(10), d);
        assertThat(around(d.plusDays(15), city))
                .as("the escalation moved with the deadline")
                .isEmpty();
        assertThat(around(d.plusDays(25), city))
                .singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(RectificationDeadlines.KIND_PROVINCE));
    }

    @Test
    void anItemThatOwesNothingIsAClosedDeadline() {
        assertThat(source.own(Findings.in(FindingStatus.ANSWERED)).open()).isFalse();
        assertThat(source.own(Findings.open()).open()).isTrue();
    }
}
