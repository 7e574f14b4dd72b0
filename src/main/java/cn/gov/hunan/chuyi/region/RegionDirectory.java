package cn.gov.hunan.chuyi.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The public face of the region module. The table is small and never changes at run time, so it is read
 * once and kept in memory.
 */
@Service
public class RegionDirectory {

    private final List<City> cities;
    private final List<County> counties;
    private final Map<String, City> cityByCode;
    private final Map<String, County> countyByCode;

    RegionDirectory(DivisionRepository divisions) {
        this.cities = divisions.findByLevelOrderByCode(Division.Level.CITY).stream()
                .map(d -> new City(d.code(), d.name(), d.nameEn()))
                .toList();
        this.counties = divisions.findByLevelInOrderByCode(List.of(Division.Level.COUNTY, Division.Level.ZONE)).stream()
                .map(d -> new County(d.code(), d.name(), d.parentCode(), d.level() == Division.Level.ZONE))
                .toList();
        this.cityByCode = cities.stream().collect(Collectors.toMap(City::code, Function.identity()));
        this.countyByCode = counties.stream().collect(Collectors.toMap(County::code, Function.identity()));
    }

    /** The 14 市州 in code order. */
    public List<City> cities() {
        return cities;
    }

    /** County-level divisions and zones of one city, in code order. */
    public List<County> countiesOf(String cityCode) {
        return counties.stream().filter(c -> c.cityCode().equals(cityCode)).toList();
    }

    public Optional<City> city(String code) {
        return Optional.ofNullable(code).map(cityByCode::get);
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(code).map(countyByCode::get);
    }

    public boolean isCity(String code) {
        return code != null && cityByCode.containsKey(code);
    }

    /** Whether {@code countyCode} lies in {@code cityCode}. */
    public boolean contains(String cityCode, String countyCode) {
        return county(countyCode).map(c -> c.cityCode().equals(cityCode)).orElse(false);
    }
}
