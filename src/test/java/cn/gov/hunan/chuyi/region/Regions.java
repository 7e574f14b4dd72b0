package cn.gov.hunan.chuyi.region;

/** Cities and counties as the region directory returns them. */
public final class Regions {

    private Regions() {}

    public static City changsha() {
        return new City("430100", "长沙市", "Changsha");
    }

    public static County liuyang() {
        return new County("430181", "浏阳市", "430100", false);
    }
}
