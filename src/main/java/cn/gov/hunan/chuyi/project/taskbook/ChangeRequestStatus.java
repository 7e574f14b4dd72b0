package cn.gov.hunan.chuyi.project.taskbook;

/** Life of a change request (项目变更申请); {@link ChangeRequestMove} is its table of moves. */
public enum ChangeRequestStatus {
    /** 待审批 */
    SUBMITTED,
    /** 已批准 */
    APPROVED,
    /** 不予批准 */
    REFUSED;

    public boolean open() {
        return this == SUBMITTED;
    }
}
