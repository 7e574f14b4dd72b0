package cn.gov.hunan.chuyi.imports;

import java.util.Map;

/**
 * What the shared report fragment ({@code imports/fragments :: report}) shows for one upload, whichever module owns the
 * import: the report, each column's header as the reader's template shows it, and the question asked before applying.
 * The page asks {@link #mayApply}; whether the file may be applied is the service's answer.
 *
 * @param base the import's address: the file is applied at {@code base/{id}/apply}
 * @param columns each column's header in the reader's language, by column key
 * @param confirmKey the message key of the confirmation (arguments: rows, file name)
 */
public record ImportReportPage(String base, ImportReport report, Map<String, String> columns, String confirmKey) {

    public ImportReportPage {
        columns = Map.copyOf(columns);
    }

    public boolean mayApply() {
        return report.mayApply();
    }

    /**
     * A problem's arguments as the reader sees them: one that names another column (a column key) reads as that
     * column's header in the reader's language.
     */
    public Object[] arguments(RowProblem problem) {
        return problem.arguments().stream().map(a -> columns.getOrDefault(a, a)).toArray();
    }

    /** The header of a problem's column; a column the import no longer has (an older upload) shows its key. */
    public String column(String key) {
        return key == null ? "" : columns.getOrDefault(key, key);
    }
}
