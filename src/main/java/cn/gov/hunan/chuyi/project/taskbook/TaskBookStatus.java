package cn.gov.hunan.chuyi.project.taskbook;

/** Life of one version of a task book (建设任务书); {@link TaskBookMove} is its table of moves. */
public enum TaskBookStatus {
    /** 草稿 */
    DRAFT,
    /** 已提交，待审核 */
    SUBMITTED,
    /** 已批准（锁定） */
    APPROVED,
    /** 退回修改 */
    RETURNED;

    /** Whether the school may change it: an approved version is locked, a submitted one waits for the department. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the school has sent it in: until then it is the school's working copy, seen by no one else. */
    public boolean sentIn() {
        return this != DRAFT;
    }
}
