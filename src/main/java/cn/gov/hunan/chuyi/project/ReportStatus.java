package cn.gov.hunan.chuyi.project;

/** Life of an annual progress report (年度建设报告); {@link ReportMove} is its table of moves. */
public enum ReportStatus {
    /** 草稿 */
    DRAFT,
    /** 已提交，待审核 */
    SUBMITTED,
    /** 审核通过 */
    ACCEPTED,
    /** 退回修改 */
    RETURNED;

    /** Whether the school may change the report's values, narrative and files. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the school has ever submitted it: until then it is the school's working copy, seen by no one else. */
    public boolean sentIn() {
        return this != DRAFT;
    }

    /** Whether the report counts as filed (年度报告已报送): submitted or accepted; a report sent back does not. */
    public boolean filed() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
