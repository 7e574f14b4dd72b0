package cn.gov.hunan.chuyi.inheritor;

/** The life of a nominated person; {@link InheritorMove} is its table of moves. */
public enum InheritorStatus {
    /** 已推荐，待认定 */
    NOMINATED,
    /** 已认定 */
    RECOGNISED,
    /** 未予认定 */
    DECLINED,
    /** 学校撤回 */
    WITHDRAWN,
    /** 撤销认定 */
    REVOKED;

    /** Whether the department has not decided yet (the school may still add competitions). */
    public boolean undecided() {
        return this == NOMINATED;
    }
}
