package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;

/** An assignment sheet refused whole: each problem with its row and column; nothing was assigned. */
public class AssignmentSheetRejected extends RuleViolation {

    private final transient List<AssignmentSheet.Problem> problems;

    AssignmentSheetRejected(List<AssignmentSheet.Problem> problems) {
        super("selection.batch.sheet.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<AssignmentSheet.Problem> problems() {
        return problems;
    }
}
