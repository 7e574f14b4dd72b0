package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A nomination as the list shows it: the columns of the list only, read as such ({@link NominationRepository#search})
 * rather than whole nominations with their texts.
 */
public record NominationLine(
        long id,
        long organizationId,
        String organizationName,
        NominationStatus status,
        String title,
        Instant submittedAt) {

    /** What the query reads; the organisation's name comes from the directory. */
    record Row(long id, long organizationId, NominationStatus status, String title, Instant submittedAt) {

        NominationLine named(String organizationName) {
            return new NominationLine(id, organizationId, organizationName, status, title, submittedAt);
        }
    }

    public static NominationLine of(NominationView view) {
        return new NominationLine(
                view.id(),
                view.organizationId(),
                view.organizationName(),
                view.status(),
                view.title(),
                view.submittedAt());
    }

    public LocalDateTime submittedLocal() {
        return PortalTime.local(submittedAt);
    }
}
