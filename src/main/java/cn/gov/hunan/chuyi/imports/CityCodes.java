package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.region.RegionDirectory;

/** The check of a city code column the kinds share (GB/T 2260, one of Hunan's 市州). */
final class CityCodes {

    private CityCodes() {}

    /**
     * Whether {@code city} is not one of Hunan's cities; if so the problem is added beside its column. A blank cell
     * passes (whether it may be blank is the column's).
     */
    static boolean unknown(RegionDirectory regions, int row, String columnKey, String city, Problems problems) {
        if (city == null || regions.isCity(city)) {
            return false;
        }
        problems.add(row, columnKey, "imports.problem.city", city);
        return true;
    }
}
