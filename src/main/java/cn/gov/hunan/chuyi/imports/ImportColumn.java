package cn.gov.hunan.chuyi.imports;

import java.util.List;

/**
 * One column of an import's sheet: its header (a message key, so the template speaks the user's language and the file
 * may come back in either), what a cell must hold, whether it may be left empty, and how long text may be.
 *
 * @param choices for {@link Type#CHOICE}: the codes allowed; a cell may hold a code or its label ({@code labelPrefix}
 *     + code) in either language
 * @param header how the header reads when it is not simply the message {@code key}: a message with arguments (a
 *     column named after data, such as an indicator of a plan); null for the message {@code key} itself
 * @param requirement how the template's instructions say when the column must be filled, when that is neither always
 *     nor never (a message key, such as "required in a row that gives figures"); null for required or optional as
 *     {@code required} says. The reading checks only {@code required}: the spec's own row rule checks the rest.
 */
public record ImportColumn(
        String key,
        Type type,
        boolean required,
        int maxLength,
        List<String> choices,
        String labelPrefix,
        Header header,
        String requirement) {

    /** A header built from a message and arguments, in the reader's language; the file may come back in either. */
    public record Header(String messageKey, List<Object> arguments) {

        public Header {
            arguments = List.copyOf(arguments);
        }
    }

    /** What a cell must hold. */
    public enum Type {
        /** Any text; a number is read as the digits it shows. */
        TEXT,
        /** Text typed as text: a number would lose digits (an 18-character code), so a number cell is refused. */
        STRICT_TEXT,
        /** A number cell. */
        NUMBER,
        /** 是/否 (yes/no), or a TRUE/FALSE cell. */
        YES_NO,
        /** One of {@code choices}. */
        CHOICE
    }

    public ImportColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public ImportColumn(
            String key, Type type, boolean required, int maxLength, List<String> choices, String labelPrefix) {
        this(key, type, required, maxLength, choices, labelPrefix, null, null);
    }

    /** This column with its header read from {@code messageKey} and {@code arguments} (its key stays what it was). */
    public ImportColumn headed(String messageKey, Object... arguments) {
        return new ImportColumn(
                key,
                type,
                required,
                maxLength,
                choices,
                labelPrefix,
                new Header(messageKey, List.of(arguments)),
                requirement);
    }

    /**
     * This column, described in the template's instructions by {@code messageKey} instead of required or optional: a
     * column that the spec's row rule requires only in some rows.
     */
    public ImportColumn requiredWhen(String messageKey) {
        return new ImportColumn(key, type, required, maxLength, choices, labelPrefix, header, messageKey);
    }

    public static ImportColumn text(String key, boolean required, int maxLength) {
        return new ImportColumn(key, Type.TEXT, required, maxLength, List.of(), null);
    }

    public static ImportColumn strictText(String key, boolean required, int maxLength) {
        return new ImportColumn(key, Type.STRICT_TEXT, required, maxLength, List.of(), null);
    }

    public static ImportColumn number(String key, boolean required) {
        return new ImportColumn(key, Type.NUMBER, required, 0, List.of(), null);
    }

    public static ImportColumn yesNo(String key) {
        return new ImportColumn(key, Type.YES_NO, true, 0, List.of(), null);
    }

    public static ImportColumn choice(String key, boolean required, List<String> codes, String labelPrefix) {
        return new ImportColumn(key, Type.CHOICE, required, 0, codes, labelPrefix);
    }
}
