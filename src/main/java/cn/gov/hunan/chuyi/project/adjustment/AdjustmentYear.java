package cn.gov.hunan.chuyi.project.adjustment;

/** The dynamic adjustments decided by meetings of one year: how many projects moved up, down and out. */
public record AdjustmentYear(int year, long raised, long lowered, long exited) {

    AdjustmentYear add(AdjustmentKind kind, long count) {
        return switch (kind) {
            case RAISE -> new AdjustmentYear(year, raised + count, lowered, exited);
            case LOWER -> new AdjustmentYear(year, raised, lowered + count, exited);
            case EXIT -> new AdjustmentYear(year, raised, lowered, exited + count);
            case PLACE_A, PLACE_B -> this;
        };
    }
}
