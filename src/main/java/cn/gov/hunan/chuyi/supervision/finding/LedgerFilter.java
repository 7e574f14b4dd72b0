package cn.gov.hunan.chuyi.supervision.finding;

/**
 * The rectification ledger's filters (整改台账), each optional: year, city (province staff and inspectors only; a
 * city officer's ledger is its city's), severity, state, and the flags overdue, extended (an extension approved) and
 * re-checked (put to re-check at least once).
 */
public record LedgerFilter(
        Integer year,
        String city,
        FindingStatus status,
        Severity severity,
        boolean overdue,
        boolean extended,
        boolean rechecked) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, false, false, false);
    }
}
