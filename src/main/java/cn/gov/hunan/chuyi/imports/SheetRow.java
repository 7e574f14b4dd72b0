package cn.gov.hunan.chuyi.imports;

import java.util.List;

/** A row of the sheet: its number as Excel shows it (1 is the header) and its cells by column (null when absent). */
record SheetRow(int number, List<SheetCell> cells) {

    SheetCell cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.blank());
    }
}
