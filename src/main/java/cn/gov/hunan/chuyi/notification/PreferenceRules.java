package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.EmailAddress;
import cn.gov.hunan.chuyi.shared.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a user may choose for their notices: an address is one mailbox (no list, no display name, nothing a mail
 * header could be split on), at most 254 characters; mails are written in Chinese or English; and a kind can go by
 * e-mail (single or digest) only when an address is given. Every problem is reported at once, beside its field.
 */
final class PreferenceRules {

    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Choices that passed the rules: a trimmed address or null, a known language, a channel for every kind. */
    record Checked(String email, String language, Map<NoticeKind, NoticeChannel> channels) {}

    private PreferenceRules() {}

    static Checked check(String typedEmail, String language, Map<NoticeKind, NoticeChannel> chosen) {
        List<PreferencesRejected.Problem> problems = new ArrayList<>();
        String email = Text.blankToNull(typedEmail);
        if (email != null && !EmailAddress.valid(email)) {
            problems.add(new PreferencesRejected.Problem("email", "notification.preferences.error.email"));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new PreferencesRejected.Problem("language", "notification.preferences.error.language"));
        }
        Map<NoticeKind, NoticeChannel> channels = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            NoticeChannel channel = chosen == null ? null : chosen.get(kind);
            channels.put(kind, channel == null ? NoticeChannel.IN_APP : channel);
        }
        if (email == null && channels.values().stream().anyMatch(NoticeChannel::byMail)) {
            problems.add(new PreferencesRejected.Problem("email", "notification.preferences.error.emailNeeded"));
        }
        if (!problems.isEmpty()) {
            throw new PreferencesRejected(problems);
        }
        return new Checked(email, language, channels);
    }

    /** The language a user's mails are written in when they have not chosen: the page's, if the portal has it. */
    static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
