package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.supervision.task.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A city's line in a year's results: scores per indicator, total, grade, rank, and its earlier years. */
public record CityResult(
        int rank,
        String cityCode,
        String cityName,
        long taskId,
        Map<Long, BigDecimal> scores,
        BigDecimal total,
        Grade grade,
        long openFindings,
        long overdueFindings,
        List<EarlierYear> earlier) {

    /** The same city in an earlier published year. */
    public record EarlierYear(int year, BigDecimal total, Grade grade) {}
}
