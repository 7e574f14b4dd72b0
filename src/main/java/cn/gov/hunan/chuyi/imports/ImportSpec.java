package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.List;

/**
 * One kind of import: its columns, the checks of each row and of the whole file, and how the checked rows are handed
 * to the module that owns the data.
 *
 * @param <R> a checked row, as the owning module's API takes it
 */
public interface ImportSpec<R> {

    ImportKind kind();

    List<ImportColumn> columns();

    /** Lines of the template's instructions sheet (message keys). */
    List<String> instructions();

    /** A row's own checks beyond its cells' types; null when the row has a problem (added to {@code problems}). */
    R row(ImportRow row, Problems problems);

    /** Checks across rows and against what is recorded; {@code rows} pairs each checked row with its row number. */
    void all(List<Numbered<R>> rows, String scope, Problems problems);

    /** Hands the checked rows to the owning module, in the caller's transaction (all or nothing). */
    void apply(List<R> rows, String scope, String fileName, PortalUser actor);

    /** A checked row with the number of the sheet row it came from. */
    record Numbered<R>(int row, R value) {}
}
