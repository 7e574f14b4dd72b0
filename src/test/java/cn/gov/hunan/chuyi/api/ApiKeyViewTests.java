package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A key chosen to be valid through a day works to that day's last second in Asia/Shanghai, and is shown so. */
class ApiKeyViewTests {

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PortalTime.ZONE).toInstant();
    }

    @Test
    void aKeyValidThroughADayStopsAtTheNextMidnightInShanghaiAndShowsTheDayChosen() {
        // issued a minute before midnight, Shanghai (still the afternoon in UTC), valid through the next day
        Instant issued = shanghai("2026-12-31T23:59");
        Instant stops = LocalDate.of(2027, 1, 1)
                .plusDays(1)
                .atStartOfDay(PortalTime.ZONE)
                .toInstant();
        var key = new ApiKey(
                "午夜", "chy_0123abcd_" + "k".repeat(43), EnumSet.of(ApiScope.PROGRAMS), "secadmin", issued, stops);

        assertThat(key.usable(shanghai("2027-01-01T23:59:59"))).isTrue();
        assertThat(key.usable(shanghai("2027-01-02T00:00"))).isFalse();
        var view = key.toView(issued);
        assertThat(view.validThrough()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(view.expiresLocal()).isEqualTo(LocalDateTime.of(2027, 1, 2, 0, 0));
        assertThat(view.createdLocal().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(key.toView(shanghai("2027-01-02T00:00")).shownStatus()).isEqualTo("EXPIRED");
    }
}
