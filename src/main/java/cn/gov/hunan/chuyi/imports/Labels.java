package cn.gov.hunan.chuyi.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Headers, sheet names and choice labels in both of the portal's languages: a file may come back in either. */
@Component
class Labels {

    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String in(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The texts of {@code key} in every language, as typed in a cell (stripped). */
    Set<String> every(String key) {
        Set<String> texts = new LinkedHashSet<>();
        for (Locale locale : LANGUAGES) {
            texts.add(in(locale, key).strip());
        }
        return texts;
    }

    /** "名称 / Name": how a header is named in a refusal, whichever language the reader uses. */
    String both(String key) {
        return String.join(" / ", every(key));
    }

    /** The header of {@code column} in {@code locale}. */
    String header(Locale locale, ImportColumn column) {
        var header = column.header();
        return header == null
                ? in(locale, column.key())
                : in(locale, header.messageKey(), header.arguments().toArray());
    }

    /** The header of {@code column} in every language, as typed in a cell (stripped). */
    Set<String> headers(ImportColumn column) {
        Set<String> texts = new LinkedHashSet<>();
        for (Locale locale : LANGUAGES) {
            texts.add(header(locale, column).strip());
        }
        return texts;
    }

    /** "名称 / Name" for a column's header. */
    String bothHeaders(ImportColumn column) {
        return String.join(" / ", headers(column));
    }
}
