package cn.gov.hunan.chuyi.region;

/**
 * A county-level division (县、县级市、市辖区), or a functional zone (开发区、管理区) when {@code zone} is
 * true: schools can sit in zones, but coverage counts only real county-level divisions.
 */
public record County(String code, String name, String cityCode, boolean zone) {}
