package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.project.TierMove;

/** What a dynamic adjustment (动态调整) decides: a tier move, or the exit of a project on warning. */
public enum AdjustmentKind {
    RAISE(TierMove.RAISE),
    LOWER(TierMove.LOWER),
    PLACE_A(TierMove.PLACE_A),
    PLACE_B(TierMove.PLACE_B),
    EXIT(null);

    private final TierMove tierMove;

    AdjustmentKind(TierMove tierMove) {
        this.tierMove = tierMove;
    }

    /** The tier move it makes, or null for the exit. */
    public TierMove tierMove() {
        return tierMove;
    }
}
