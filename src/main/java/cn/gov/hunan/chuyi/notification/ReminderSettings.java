package cn.gov.hunan.chuyi.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminders of deadlines ({@code chuyi.reminders.*}). Off by default. {@code lead-times}: when to remind, in days
 * before a deadline (P7D, P1D) or after it (-P1D: the day after), counted in Asia/Shanghai calendar days and sent
 * from {@code send-from} (local time) that day; {@code delay}: how often the job looks.
 */
@ConfigurationProperties("chuyi.reminders")
public record ReminderSettings(Boolean enabled, List<Period> leadTimes, LocalTime sendFrom, Duration delay) {

    public ReminderSettings {
        enabled = enabled != null && enabled;
        leadTimes = leadTimes == null || leadTimes.isEmpty()
                ? List.of(Period.ofDays(7), Period.ofDays(1), Period.ofDays(-1))
                : List.copyOf(leadTimes);
        sendFrom = sendFrom == null ? LocalTime.of(8, 0) : sendFrom;
        delay = delay == null ? Duration.ofMinutes(15) : delay;
    }

    LeadTimes schedule() {
        return new LeadTimes(leadTimes, sendFrom);
    }
}
