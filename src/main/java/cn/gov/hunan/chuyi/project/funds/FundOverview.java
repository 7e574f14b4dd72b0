package cn.gov.hunan.chuyi.project.funds;

import java.util.List;

/** The province's money per programme, city and year, with the grand total: the dashboard's chart and tables. */
public record FundOverview(List<Line> programs, List<Line> cities, List<Line> years, FundTotals total) {

    /** One row: what it is of, in the reader's language, and its totals. */
    public record Line(String label, FundTotals totals) {}

    /** The rows of one part: {@code program}, {@code city} or {@code year}. */
    public List<Line> rows(String part) {
        return switch (part) {
            case "program" -> programs;
            case "city" -> cities;
            default -> years;
        };
    }
}
