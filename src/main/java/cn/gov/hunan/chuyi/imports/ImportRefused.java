package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/**
 * A workbook refused as a whole (not an .xlsx, the wrong sheet, a formula, a merged header, a header that is not the
 * template's, too many rows, nothing in it); the key says why in the reader's language.
 */
public class ImportRefused extends RuleViolation {

    public ImportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
