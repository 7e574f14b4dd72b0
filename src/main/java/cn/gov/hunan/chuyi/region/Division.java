package cn.gov.hunan.chuyi.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One administrative division (行政区划) of Hunan. */
@Entity
@Table(name = "division")
class Division {

    enum Level {
        PROVINCE,
        CITY,
        COUNTY,
        ZONE
    }

    @Id
    private String code;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Column(name = "parent_code")
    private String parentCode;

    protected Division() {}

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String nameEn() {
        return nameEn;
    }

    Level level() {
        return level;
    }

    String parentCode() {
        return parentCode;
    }
}
