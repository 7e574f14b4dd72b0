package cn.gov.hunan.chuyi.supervision.task;

import java.math.BigDecimal;

/**
 * The grade of a city's supervision (优秀 / 合格 / 不合格), the three grades of Hunan's county vocational
 * evaluations (domain-notes §4): 85 and above excellent, 60 and above pass, below 60 fail.
 */
public enum Grade {
    EXCELLENT,
    PASS,
    FAIL;

    static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(85);
    static final BigDecimal PASS_FROM = BigDecimal.valueOf(60);

    static Grade of(BigDecimal total) {
        if (total.compareTo(EXCELLENT_FROM) >= 0) {
            return EXCELLENT;
        }
        return total.compareTo(PASS_FROM) >= 0 ? PASS : FAIL;
    }
}
