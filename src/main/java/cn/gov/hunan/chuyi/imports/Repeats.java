package cn.gov.hunan.chuyi.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A column whose value may appear once in a file (a credit code, a user name): each row that repeats an earlier row's
 * value gets "与第 n 行重复" beside that column.
 */
final class Repeats<T> {

    private final String columnKey;
    private final Map<T, Integer> firstRow = new HashMap<>();

    Repeats(String columnKey) {
        this.columnKey = columnKey;
    }

    /** Whether an earlier row had {@code value}; if so the problem is added to {@code row}. */
    boolean repeated(int row, T value, Problems problems) {
        Integer first = firstRow.putIfAbsent(value, row);
        if (first == null) {
            return false;
        }
        problems.add(row, columnKey, "imports.problem.duplicate", first);
        return true;
    }

    /** The values seen, each once. */
    Set<T> values() {
        return firstRow.keySet();
    }
}
