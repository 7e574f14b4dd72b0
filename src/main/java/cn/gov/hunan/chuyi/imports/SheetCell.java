package cn.gov.hunan.chuyi.imports;

/** A cell as the sheet's XML holds it: its text and whether Excel stored it as text, number, TRUE/FALSE or an error. */
record SheetCell(String text, Kind kind) {

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR
    }

    /**
     * Nothing a reader would see: no text, or only spaces — the full-width space, the no-break space and the invisible
     * zero-width characters a copy from a web page or Word leaves behind included (a cell cleared but left formatted).
     */
    boolean blank() {
        return text == null || text.codePoints().allMatch(SheetCell::invisible);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
