package cn.gov.hunan.chuyi.selection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The public 公示 notices as other modules may read them (the read-only API): exactly what {@code /publicity} shows
 * to anyone without an account, never an objection or an objector.
 */
public interface PublicNotices {

    /** A notice in the list: current (its period running or just over) or past. */
    record Notice(
            long roundId,
            String title,
            String programCode,
            int year,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            boolean current) {}

    /** One nomination on a notice and what became of it. */
    record Listed(
            long nominationId,
            String title,
            String organizationName,
            String cityCode,
            String tier,
            boolean removed,
            boolean designated) {}

    /**
     * A notice with its list. outcome: IN_PUBLICITY, PERIOD_OVER (objections being handled), CLOSED (the remaining
     * nominations are designated) or CANCELLED.
     */
    record Detail(
            Notice notice,
            String issuer,
            String meeting,
            LocalDate decisionDate,
            String outcome,
            List<Listed> nominations) {}

    /** A page of the list: the current notices, then the past ones newest first ({@code size} a page). */
    record NoticeList(List<Notice> current, List<Notice> past, int page, int size, long totalPast) {}

    NoticeList notices(int page, int size);

    /** A notice whose list went up; {@code shared.NotFoundException} for any other round. */
    Detail notice(long roundId);
}
