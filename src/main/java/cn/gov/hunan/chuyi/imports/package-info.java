/**
 * Imports (数据导入): Excel rosters loaded with a template, a row-by-row validation report before anything is written,
 * and an all-or-nothing apply on confirmation. The workbook is read as a stream of rows (the sheet's XML through SAX,
 * never a whole workbook in memory); the modules own their data, so each import hands its checked rows to the owning
 * module's API (organisations to {@code organization.OrganizationRoster}, experts to {@code selection::expert}'s pool,
 * fund allocations to {@code project::funds}' {@code FundService}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "region",
            "organization",
            "attachment",
            "selection::expert",
            "project",
            "project::funds"
        })
package cn.gov.hunan.chuyi.imports;
