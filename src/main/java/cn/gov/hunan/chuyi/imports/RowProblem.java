package cn.gov.hunan.chuyi.imports;

import java.util.List;

/**
 * What is wrong in one row (and column, when it is one cell's fault): a message key with its arguments, shown in the
 * reader's language.
 *
 * @param columnKey the header's message key, or null for the row as a whole
 */
public record RowProblem(int row, String columnKey, String messageKey, List<String> arguments) {

    public RowProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
