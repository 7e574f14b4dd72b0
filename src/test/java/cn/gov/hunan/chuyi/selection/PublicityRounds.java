package cn.gov.hunan.chuyi.selection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round in 公示 for tests, written straight to the database: decided by a meeting, its period begun a minute
 * ago and running seven days, with one selected nomination per organisation named.
 */
public final class PublicityRounds {

    private PublicityRounds() {}

    public record Notice(long roundId, List<Long> nominations) {}

    public static Notice inPublicity(
            JdbcTemplate jdbc, String programCode, String title, String meeting, String... organizations) {
        long round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                  nomination_closes_at, city_deadline, review_ends_at, publicity_days, publicity_starts_at, publicity_ends_at,
                  decision_meeting, decision_date, selected_count)
                values (?, 2026, ?, 'PUBLICITY', 5, current_timestamp - interval '60' day, current_timestamp - interval '40' day,
                  current_timestamp - interval '30' day, current_timestamp - interval '10' day, 7,
                  current_timestamp - interval '1' minute, current_timestamp + interval '7' day, ?, current_date, ?)
                returning id""", Long.class, programCode, title, meeting, organizations.length);
        List<Long> nominations = new ArrayList<>();
        for (String organization : organizations) {
            nominations.add(jdbc.queryForObject("""
                    insert into nomination (round_id, organization_id, city_code, province_run, status, title, venue, summary)
                    select ?, o.id, o.city_code, o.province_run, 'SELECTED', o.name || ' 建设项目', '校史馆', '概述'
                    from organization o
                    where o.name = ? returning id""", Long.class, round, organization));
        }
        return new Notice(round, nominations);
    }

    public static void endPeriod(JdbcTemplate jdbc, long roundId) {
        jdbc.update(
                "update selection_round set publicity_ends_at = current_timestamp - interval '1' minute where id = ?",
                roundId);
    }
}
