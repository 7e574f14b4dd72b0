package cn.gov.hunan.chuyi.shared;

import jakarta.persistence.OptimisticLockException;

/**
 * The one optimistic-lock check for a change made from a page: the form carries the version the user saw, and the
 * change goes on only when the record is still at that version. Otherwise the same {@link OptimisticLockException}
 * Hibernate throws on a lost update is thrown, and {@code web.RefusalAdvice} answers both alike (the record changed
 * meanwhile; reload and try again), so a user never overwrites what they have not seen.
 */
public final class Versions {

    private Versions() {}

    /** Goes on only when the record is still at the version the user saw; {@code what} names it in the log. */
    public static void expect(long current, long seen, String what) {
        if (current != seen) {
            throw new OptimisticLockException(
                    what + " changed meanwhile (version " + current + ", form had " + seen + ")");
        }
    }
}
