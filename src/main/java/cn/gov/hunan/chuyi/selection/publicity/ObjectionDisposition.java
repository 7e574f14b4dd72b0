package cn.gov.hunan.chuyi.selection.publicity;

import java.time.LocalDateTime;

/**
 * What an objector reads back with their reference and telephone: whether the objection is still open, the
 * recorded disposition and its date. Nothing of the objection's other content and nothing of other objections.
 */
public record ObjectionDisposition(
        String reference, String status, String disposition, LocalDateTime lodgedAt, LocalDateTime handledAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
