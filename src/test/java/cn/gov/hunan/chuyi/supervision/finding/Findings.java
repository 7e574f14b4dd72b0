package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import java.time.Instant;
import java.time.LocalDate;

/** Findings for unit tests, brought into each state through the finding's own moves. */
final class Findings {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private Findings() {}

    /** An item of Loudi's task addressed to the city itself. */
    static Finding open() {
        return new Finding(1, "类别", Severity.SERIOUS, "描述", People.LOUDI, null, DEADLINE, "inspector1", Instant.now());
    }

    /** An item of Loudi's task addressed to school {@code organizationId}. */
    static Finding forSchool(long organizationId) {
        return new Finding(
                1, "类别", Severity.GENERAL, "描述", People.LOUDI, organizationId, DEADLINE, "inspector1", Instant.now());
    }

    static Finding in(FindingStatus status) {
        Finding finding = open();
        if (status != FindingStatus.OPEN) {
            finding.answer(Role.CITY_OFFICER, "已整改", Instant.now());
        }
        if (status == FindingStatus.REJECTED) {
            finding.review(Role.INSPECTOR, false, "材料不全", DEADLINE);
        }
        if (status == FindingStatus.ACCEPTED || status == FindingStatus.CLOSED || status == FindingStatus.RECHECK) {
            finding.review(Role.INSPECTOR, true, null, DEADLINE);
        }
        if (status == FindingStatus.CLOSED || status == FindingStatus.RECHECK) {
            finding.signOff(Role.PROVINCE_ADMIN, "同意销号", "admin", Instant.now());
        }
        if (status == FindingStatus.RECHECK) {
            finding.putToRecheck(Role.PROVINCE_ADMIN);
        }
        return finding;
    }
}
