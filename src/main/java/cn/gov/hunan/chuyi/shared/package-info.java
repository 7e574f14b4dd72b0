/**
 * Small pieces every module may use: the portal's time zone and the not-found exception. Kept tiny on
 * purpose; a thing moves here only when three modules need it.
 */
package cn.gov.hunan.chuyi.shared;
