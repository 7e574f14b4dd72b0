package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.supervision.finding.Rectifications;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of supervision: the department's dashboard counts the overdue rectification items, and
 * the results page and the dashboard show each city's open, overdue and closed items.
 */
@Service
public class RectificationService {

    private final Rectifications rectifications;

    RectificationService(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    /** Rectification items past their deadline without an answer, everywhere. */
    public long overdueCount() {
        return rectifications.overdueCount();
    }

    /** A city's rectification items of a year: still open (not signed off), overdue, and closed (销号). */
    public record CityRectifications(String cityCode, String cityName, long open, long overdue, long closed) {}

    /**
     * Each city's counts for the plan year (every year when null), by city code, in one statement; a city without
     * items is absent.
     */
    public List<CityRectifications> byCity(Integer year) {
        return rectifications.countsByCity(year).stream()
                .map(c -> new CityRectifications(c.cityCode(), c.cityName(), c.open(), c.overdue(), c.closed()))
                .toList();
    }
}
