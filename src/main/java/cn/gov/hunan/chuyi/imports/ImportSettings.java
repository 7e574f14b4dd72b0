package cn.gov.hunan.chuyi.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of an import ({@code chuyi.imports.*}).
 *
 * @param maxRows data rows one workbook may hold (a province's roster is a few thousand); more is refused
 */
@ConfigurationProperties("chuyi.imports")
record ImportSettings(Integer maxRows) {

    ImportSettings {
        maxRows = maxRows == null ? 10_000 : maxRows;
    }
}
