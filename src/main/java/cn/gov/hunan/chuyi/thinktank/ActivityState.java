package cn.gov.hunan.chuyi.thinktank;

/** Life of a think-tank activity: recorded, then possibly cancelled (kept, with its reason); {@link ActivityMove}. */
public enum ActivityState {
    /** 已登记 */
    RECORDED,
    /** 已取消 */
    CANCELLED
}
