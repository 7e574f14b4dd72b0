package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.region.City;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The list of rectification items a viewer deals with, with the filters it offers: only province staff choose a
 * city (a city officer's and a school's lists are their own already). {@code status} and {@code severity} are the
 * filters as chosen.
 */
public record RectificationsPage(Page<FindingView> items, boolean mayChooseCity, List<City> cities,
        List<FindingStatus> statuses, List<Severity> severities, FindingStatus status, Severity severity) {}
