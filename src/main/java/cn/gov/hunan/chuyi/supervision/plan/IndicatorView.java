package cn.gov.hunan.chuyi.supervision.plan;

import java.math.BigDecimal;

/** An indicator as pages and forms show it. */
public record IndicatorView(
        Long id,
        String name,
        BigDecimal weight,
        String guide,
        String numeratorLabel,
        String denominatorLabel,
        BigDecimal targetPercent) {

    public boolean quantitative() {
        return numeratorLabel != null
                && !numeratorLabel.isBlank()
                && denominatorLabel != null
                && !denominatorLabel.isBlank();
    }
}
