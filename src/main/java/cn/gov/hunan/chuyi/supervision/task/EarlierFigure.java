package cn.gov.hunan.chuyi.supervision.task;

import java.math.BigDecimal;

/**
 * The share a city reached for an indicator in an earlier year's plan, for the team to compare; the page words it in
 * the viewer's language ({@code supervision.indicator.earlierYear}).
 */
public record EarlierFigure(int year, BigDecimal percent) {}
