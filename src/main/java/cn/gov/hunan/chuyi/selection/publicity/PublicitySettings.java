package cn.gov.hunan.chuyi.selection.publicity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what the public may send without an account ({@code chuyi.selection.publicity.*}): objections and
 * look-ups per address and calendar day (Asia/Shanghai), and the size of an objection's evidence file (the
 * attachment module's own limit still applies).
 */
@ConfigurationProperties("chuyi.selection.publicity")
public record PublicitySettings(Integer objectionsPerDay, Integer lookupsPerDay, DataSize maxEvidenceSize) {

    public PublicitySettings {
        objectionsPerDay = objectionsPerDay == null ? 5 : objectionsPerDay;
        lookupsPerDay = lookupsPerDay == null ? 20 : lookupsPerDay;
        maxEvidenceSize = maxEvidenceSize == null ? DataSize.ofMegabytes(10) : maxEvidenceSize;
    }
}
