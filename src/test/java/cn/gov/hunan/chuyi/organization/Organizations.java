package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.support.SignedIn;

/** Organisations as the directory returns them, for tests that need one without the database. */
public final class Organizations {

    private Organizations() {}

    /** A public secondary vocational school of 长沙 (浏阳市, county 430181), version 4. */
    public static OrganizationProfile school(long id, String name) {
        return new OrganizationProfile(
                id,
                name,
                OrganizationKind.SECONDARY_VOCATIONAL,
                SignedIn.CITY,
                "430181",
                false,
                false,
                false,
                "VERIFIED",
                "MOE",
                "长沙市教育局",
                4);
    }

    /** The school administrator's own school ({@link SignedIn#ORGANIZATION}). */
    public static OrganizationProfile ownSchool() {
        return school(SignedIn.ORGANIZATION, "浏阳市楚怡中等职业学校");
    }
}
