package cn.gov.hunan.chuyi.project;

/** The flagship Chuyi secondary school (市州楚怡中职学校) designated for one city. */
public record CityFlagship(
        String cityCode, long projectId, long organizationId, String organizationName, String title) {}
