package cn.gov.hunan.chuyi.supervision.finding;

/** An extension request's life (延期申请); {@link ExtensionMove} says which decision leads where, for whom. */
public enum ExtensionStatus {
    /** 待审批 */
    PENDING,
    /** 已批准: the item's deadline moved to the proposed date */
    APPROVED,
    /** 未批准 */
    REFUSED,
    /** 已撤回: the item was answered while the request was pending ({@link ExtensionMove#LAPSE}) */
    WITHDRAWN
}
