package cn.gov.hunan.chuyi.inheritor;

/** The platforms through which inheritors are found (the plan names the first three). */
public enum Competition {
    /** 楚怡杯职业院校技能竞赛 */
    CHUYI_CUP,
    /** 创新创业大赛 */
    INNOVATION,
    /** 文明风采活动 */
    WENMING_FENGCAI,
    /** 其他竞赛或活动（须写明名称） */
    OTHER
}
