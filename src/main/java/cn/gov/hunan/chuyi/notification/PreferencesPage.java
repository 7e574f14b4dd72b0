package cn.gov.hunan.chuyi.notification;

import java.util.List;

/**
 * The preferences page's record: the form (stored choices, or what was typed when refused), the kinds and channels to
 * offer, the languages mails can be written in, and whether this portal sends mail at all (said on the page).
 */
public record PreferencesPage(
        PreferencesForm form,
        List<NoticeKind> kinds,
        List<NoticeChannel> channels,
        List<String> languages,
        boolean mailEnabled) {}
