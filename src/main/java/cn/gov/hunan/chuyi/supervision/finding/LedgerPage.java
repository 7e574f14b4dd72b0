package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.region.City;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The rectification ledger (整改台账) as a viewer sees it: the items under the filters, how often each was chased
 * (by its page's link), the filters as chosen and those offered (a city to choose only for province staff and
 * inspectors), and whether the viewer may export it.
 */
public record LedgerPage(
        Page<FindingView> items,
        Map<String, Integer> chased,
        LedgerFilter filter,
        boolean mayChooseCity,
        List<City> cities,
        List<FindingStatus> statuses,
        List<Severity> severities,
        boolean mayExport) {

    /** 已催办 N 次 for a row. */
    public int chasedCount(FindingView item) {
        return chased.getOrDefault("/supervision/findings/" + item.id(), 0);
    }
}
