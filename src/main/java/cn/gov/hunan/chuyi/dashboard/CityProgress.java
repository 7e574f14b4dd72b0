package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.project.CityFlagship;
import cn.gov.hunan.chuyi.region.City;

/** One line of the dashboard's city table: does the city have its flagship secondary school yet? */
public record CityProgress(City city, CityFlagship flagship) {

    public boolean hasFlagship() {
        return flagship != null;
    }
}
