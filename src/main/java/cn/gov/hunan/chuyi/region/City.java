package cn.gov.hunan.chuyi.region;

import java.util.Locale;

/** A prefecture-level division (市州). */
public record City(String code, String name, String nameEn) {

    /** The name in the user's language: cities have an English name, counties keep their Chinese one. */
    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
