package cn.gov.hunan.chuyi.supervision.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An issued bulletin as its page and its print show it, in the order of an official document: the number, the title
 * (from the year and the topic), the preface, the table of cities, the overdue items, the issuer and the date. A PDF
 * of it is the same blocks in the same order.
 *
 * @param cities by rank: highest total first, cities without a total last
 * @param overdue by city, then deadline
 */
public record BulletinView(
        long planId,
        int year,
        String topic,
        String documentNumber,
        LocalDate issuedOn,
        String preface,
        List<City> cities,
        List<Item> overdue,
        LocalDateTime publishedAt) {

    /** A line of the table; {@code grade} is a name of the task module's {@code Grade}, null when not graded. */
    public record City(
            String cityCode, String name, BigDecimal total, String grade, int open, int overdue, int closed) {}

    /** An overdue item; {@code severity} is a name of the finding module's {@code Severity}. */
    public record Item(
            long findingId,
            String cityName,
            String responsible,
            String category,
            String severity,
            LocalDate deadline) {}

    /** The preface split into paragraphs as typed (blank lines dropped), each printed as one indented paragraph. */
    public List<String> prefaceParagraphs() {
        return preface == null
                ? List.of()
                : preface.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
