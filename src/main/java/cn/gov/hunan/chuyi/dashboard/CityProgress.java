package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.project.CityFlagship;
import cn.gov.hunan.chuyi.region.City;
import java.util.Map;

/** One city on the dashboard: its flagship secondary school, if any, and its designated projects by programme. */
public record CityProgress(City city, CityFlagship flagship, Map<String, Long> byProgram) {

    public boolean hasFlagship() {
        return flagship != null;
    }

    public long designated(String programCode) {
        return byProgram.getOrDefault(programCode, 0L);
    }

    public long total() {
        return byProgram.values().stream().mapToLong(Long::longValue).sum();
    }
}
