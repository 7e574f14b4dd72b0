package cn.gov.hunan.chuyi.project;

/** A project's tier (A档/B档) for dynamic adjustment; {@link #UNSET} when the designation named none. */
public enum Tier {
    UNSET,
    A,
    B;

    /** The tier the register's column holds: "A", "B", anything else (or nothing) is unset. */
    public static Tier of(String column) {
        if ("A".equals(column)) {
            return A;
        }
        return "B".equals(column) ? B : UNSET;
    }

    /** The register's column value: null for unset. */
    public String column() {
        return this == UNSET ? null : name();
    }
}
