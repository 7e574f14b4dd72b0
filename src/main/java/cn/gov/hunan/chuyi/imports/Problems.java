package cn.gov.hunan.chuyi.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The problems a check finds, row by row; all are counted, the first {@link #KEPT} are kept for the report. */
public final class Problems {

    static final int KEPT = 1000;

    private final List<RowProblem> kept = new ArrayList<>();
    private int count;

    /** A problem of one cell. */
    public void add(int row, String columnKey, String messageKey, Object... arguments) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new RowProblem(
                    row,
                    columnKey,
                    messageKey,
                    Arrays.stream(arguments).map(String::valueOf).toList()));
        }
    }

    public int count() {
        return count;
    }

    public boolean none() {
        return count == 0;
    }

    /** The problems kept for the report (the first {@link #KEPT}), in the order found. */
    public List<RowProblem> kept() {
        return kept;
    }
}
