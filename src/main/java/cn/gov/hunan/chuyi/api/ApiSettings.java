package cn.gov.hunan.chuyi.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's settings ({@code chuyi.api.*}).
 *
 * @param requestsPerMinute calls one key may make a minute (a token bucket of that size, refilled evenly), counted by
 *     each instance on its own: behind N instances a key may make up to N times as many
 * @param maxValidityDays the longest a key may be issued for (730 days)
 */
@ConfigurationProperties("chuyi.api")
record ApiSettings(
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue("730") int maxValidityDays) {}
