package cn.gov.hunan.chuyi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who sees which organisation (anything else is "not found"), and who may change who runs it: province staff,
 * experts and inspectors see every organisation, a city officer those of its city, a school administrator its own.
 */
class OrganizationVisibilityTests {

    private static final String CHANGSHA = "430100";
    private static final String LOUDI = "431300";

    private static OrganizationProfile school(long id, String city) {
        return new OrganizationProfile(
                id,
                "School " + id,
                OrganizationKind.SECONDARY_VOCATIONAL,
                city,
                null,
                false,
                false,
                false,
                null,
                null,
                null,
                0);
    }

    private static PortalUser user(Role role, String city, Long organization) {
        return new PortalUser(1, "u", "U", null, true, Set.of(role), city, organization);
    }

    @Test
    void provinceStaffExpertsAndInspectorsSeeEveryOrganisation() {
        for (Role role : Set.of(Role.PROVINCE_ADMIN, Role.EXPERT, Role.INSPECTOR)) {
            assertThat(OrganizationDirectory.maySee(user(role, null, null), school(7, LOUDI)))
                    .as(role.name())
                    .isTrue();
        }
    }

    @Test
    void aCityOfficerSeesTheOrganisationsOfItsCityOnly() {
        var changsha = user(Role.CITY_OFFICER, CHANGSHA, null);
        assertThat(OrganizationDirectory.maySee(changsha, school(7, CHANGSHA))).isTrue();
        assertThat(OrganizationDirectory.maySee(changsha, school(8, LOUDI))).isFalse();
    }

    @Test
    void aSchoolAdministratorSeesItsOwnOrganisationOnly() {
        var own = user(Role.SCHOOL_ADMIN, null, 7L);
        assertThat(OrganizationDirectory.maySee(own, school(7, CHANGSHA))).isTrue();
        assertThat(OrganizationDirectory.maySee(own, school(8, CHANGSHA))).isFalse();
    }

    @Test
    void theAdministratorsOfThePortalSeeNoOrganisation() {
        for (Role role : Role.ADMINISTRATION) {
            assertThat(OrganizationDirectory.maySee(user(role, null, null), school(7, CHANGSHA)))
                    .as(role.name())
                    .isFalse();
        }
    }

    @Test
    void onlyProvinceStaffMayChangeWhoRunsAnOrganisation() {
        for (Role role : Role.values()) {
            assertThat(OrganizationDirectory.mayChangeAdministration(user(role, CHANGSHA, 7L)))
                    .as(role.name())
                    .isEqualTo(role == Role.PROVINCE_ADMIN);
        }
    }
}
