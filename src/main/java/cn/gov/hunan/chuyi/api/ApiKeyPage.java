package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.time.LocalDate;
import java.util.List;

/**
 * The administrator's page of API keys: the keys (newest first), the history of issues and revocations, the scopes
 * offered, the default and latest expiry the form allows, and the rate each key gets.
 */
public record ApiKeyPage(
        List<ApiKeyView> keys,
        List<Line> history,
        List<ApiScope> scopes,
        LocalDate defaultExpiry,
        LocalDate latestExpiry,
        int requestsPerMinute) {

    /** A history line with the prefix of the key it concerns. */
    public record Line(String prefix, HistoryLine line) {}
}
