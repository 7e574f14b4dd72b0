package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.time.LocalDate;
import java.util.Arrays;
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

    /** The history's key for an issue; its first argument is the scopes as the table keeps them (PROGRAMS,PROJECTS). */
    static final String ISSUED = "api.keys.history.issued";

    /** A history line with the prefix of the key it concerns. */
    public record Line(String prefix, HistoryLine line) {

        /**
         * The message keys of the scopes an issue line names ({@code api.scope.PROGRAMS} …), so that the page shows
         * their names in the reader's language; empty for any other line.
         */
        public List<String> scopeKeys() {
            if (!ISSUED.equals(line.reasonKey()) || line.reasonArguments().isEmpty()) {
                return List.of();
            }
            return ApiScope.split(line.reasonArguments().get(0)).stream()
                    .map(s -> "api.scope." + s.name())
                    .toList();
        }

        /** The reason's arguments, the scopes' codes replaced by the names given (when there are any). */
        public Object[] reasonArguments(String scopeNames) {
            Object[] arguments = line.reasonArgumentArray();
            if (scopeNames != null && !scopeKeys().isEmpty()) {
                arguments = Arrays.copyOf(arguments, arguments.length);
                arguments[0] = scopeNames;
            }
            return arguments;
        }
    }
}
