package cn.gov.hunan.chuyi.selection.expert;

import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Fields of expertise (专业领域) as short terms, and whether an expert's fields match a nomination: a field matches
 * when the programme's name, the nomination's title or one of its specialties contains it, or it contains one of the
 * specialties (an expert in "机电技术应用专业群建设" knows "机电技术应用").
 */
public final class Expertise {

    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_LENGTH = 30;
    private static final String SEPARATORS = "[,，、;；/\\n\\r]+";

    private Expertise() {}

    /** The terms of a typed list, trimmed, without repeats; refused when too many or too long. */
    static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        var terms = new LinkedHashSet<String>();
        for (String term : typed.split(SEPARATORS)) {
            String t = term.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_FIELD_LENGTH) {
                throw new ExpertRejected("selection.expert.error.fieldLength", MAX_FIELD_LENGTH);
            }
            terms.add(t);
        }
        if (terms.size() > MAX_FIELDS) {
            throw new ExpertRejected("selection.expert.error.fieldCount", MAX_FIELDS);
        }
        return List.copyOf(terms);
    }

    /**
     * The terms of a typed list, as {@link ExpertPool#describeAll} will keep them.
     *
     * @throws ExpertRejected when there are too many or one is too long
     */
    public static List<String> terms(String typed) {
        return parse(typed);
    }

    public static String join(List<String> fields) {
        return String.join("、", fields);
    }

    /** The texts a nomination is known by: programme name, title, lead and member specialties (one per item). */
    public static List<String> textsOf(String programName, Nomination nomination) {
        List<String> texts = new ArrayList<>();
        texts.add(programName);
        texts.add(nomination.title());
        var content = nomination.content();
        texts.add(content.getLeadSpecialty());
        if (content.getMemberSpecialties() != null) {
            texts.addAll(List.of(content.getMemberSpecialties().split(SEPARATORS)));
        }
        return texts.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    public static boolean matches(List<String> fields, List<String> texts) {
        for (String field : fields) {
            String f = field.toLowerCase(Locale.ROOT);
            for (String text : texts) {
                if (text.contains(f) || (text.length() >= 2 && f.contains(text))) {
                    return true;
                }
            }
        }
        return false;
    }
}
