package cn.gov.hunan.chuyi.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations build the reference data the plan needs, and the production path has no demo rows. */
class ReferenceDataIT extends PostgresIntegrationTest {

    @Autowired
    RegionDirectory regions;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void hunanHas14CitiesAnd122CountyLevelDivisions() {
        assertThat(count("select count(*) from division where level = 'CITY'")).isEqualTo(14);
        assertThat(count("select count(*) from division where level = 'COUNTY'"))
                .isEqualTo(122);
        assertThat(count("select count(*) from division where level = 'ZONE'")).isEqualTo(12);
        assertThat(regions.countiesOf("431300"))
                .extracting(County::name)
                .containsExactly("娄星区", "双峰县", "新化县", "冷水江市", "涟源市");
        assertThat(regions.city("433100")).map(City::name).contains("湘西土家族苗族自治州");
    }

    /**
     * The rows of the reference list: not the demo's, not registered by hand, not brought in by an import (the import
     * tests leave organisations of their own, with no source or an "imported from" one).
     */
    private static final String REFERENCE_LIST = "not demo and source is not null and source not like 'registered by %'"
            + " and source not like 'imported from %'";

    @Test
    void referenceSchoolsAreLoadedByTypeWithTheirCity() {
        assertThat(count("select count(*) from organization where " + REFERENCE_LIST))
                .isEqualTo(136);
        assertThat(count("select count(*) from organization where " + REFERENCE_LIST
                        + " and kind = 'VOCATIONAL_UNDERGRADUATE'"))
                .isEqualTo(4);
        assertThat(count("select count(*) from organization where " + REFERENCE_LIST
                        + " and kind = 'HIGHER_VOCATIONAL'"))
                .isEqualTo(91);
        assertThat(count("select count(*) from organization where " + REFERENCE_LIST
                        + " and kind = 'SECONDARY_VOCATIONAL'"))
                .isEqualTo(29);
        assertThat(count("select count(*) from organization where " + REFERENCE_LIST + " and kind = 'TECHNICIAN'"))
                .isEqualTo(12);
        assertThat(
                        count(
                                "select count(*) from organization where kind in ('VOCATIONAL_UNDERGRADUATE', 'HIGHER_VOCATIONAL', 'SECONDARY_VOCATIONAL', 'TECHNICIAN') and city_code is null"))
                .isZero();
        assertThat(jdbc.queryForObject("select county_code from organization where name = '新化县楚怡工业学校'", String.class))
                .isEqualTo("431322");
    }

    @Test
    void demoDataGivesEveryCountyAPublicSecondarySchoolAndIsFlagged() {
        assertThat(count("""
                select count(*) from division d where d.level = 'COUNTY' and not exists (
                  select 1 from organization o where o.county_code = d.code
                   and o.kind = 'SECONDARY_VOCATIONAL' and not o.privately_run)""")).isZero();
        assertThat(count("select count(*) from organization where demo and name not like '%（演示）'"))
                .isZero();
    }

    @Test
    void theCatalogueHoldsTheFourteenProgrammesOfThePlan() {
        assertThat(jdbc.queryForList("select code from program order by sort_order", String.class))
                .containsExactly(
                        "THINK_TANK",
                        "CULTURE_BASE",
                        "INHERITOR",
                        "UNDERGRAD_SCHOOL",
                        "HIGHER_VOC_SCHOOL",
                        "SECONDARY_SCHOOL",
                        "CITY_SECONDARY_SCHOOL",
                        "TECHNICIAN_SCHOOL",
                        "UNDERGRAD_CLUSTER",
                        "HIGHER_VOC_CLUSTER",
                        "SECONDARY_SPECIALTY",
                        "TECHNICIAN_SPECIALTY",
                        "TRAINING_BASE",
                        "VOC_GROUP");
        assertThat(
                        count(
                                "select count(*) from program_applicant_kind where program_code = 'HIGHER_VOC_SCHOOL' and kind = 'HIGHER_VOCATIONAL'"))
                .isEqualTo(1);
    }

    @Test
    void theProductionMigrationsAloneCreateNoAccountAndNoDemoRow() {
        var connection = PostgresTestDatabase.connection();
        var dataSource = new DriverManagerDataSource(connection.url(), connection.username(), connection.password());
        var plain = new JdbcTemplate(dataSource);
        plain.execute("drop schema if exists production_check cascade");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("production_check")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(plain.queryForObject("select count(*) from production_check.app_user", Integer.class))
                .isZero();
        assertThat(plain.queryForObject("select count(*) from production_check.organization where demo", Integer.class))
                .isZero();
        assertThat(plain.queryForObject("select count(*) from production_check.designated_project", Integer.class))
                .isZero();
        assertThat(plain.queryForObject("select count(*) from production_check.division", Integer.class))
                .isEqualTo(149);
        plain.execute("drop schema production_check cascade");
    }
}
