package cn.gov.hunan.chuyi.imports;

/** A cell as the sheet's XML holds it: its text and whether Excel stored it as text, number, TRUE/FALSE or an error. */
record SheetCell(String text, Kind kind) {

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR
    }

    boolean blank() {
        return text == null || text.isBlank();
    }
}
