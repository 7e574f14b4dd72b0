package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own choices for notices (language, channel per kind) and their account's e-mail address, which the page
 * shows and sets through {@link AccountDirectory}; nobody reads or sets another's here.
 */
@Service
@Transactional(readOnly = true)
class NoticePreferences {

    private final MailPreferenceRepository preferences;
    private final AccountDirectory accounts;
    private final MailSettings settings;
    private final Clock clock;

    NoticePreferences(
            MailPreferenceRepository preferences, AccountDirectory accounts, MailSettings settings, Clock clock) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the page shows: the user's choices, or the defaults in the language of the page. */
    PreferencesPage page(long userId, Locale locale) {
        String email = accounts.emailOf(userId).orElse(null);
        return pageOf(preferences
                .findById(userId)
                .map(preference -> PreferencesForm.of(preference, email))
                .orElseGet(() -> PreferencesForm.fresh(PreferenceRules.languageOf(locale), email)));
    }

    /** The page for a form that came back refused: what was typed, not what is stored. */
    PreferencesPage page(PreferencesForm typed) {
        return pageOf(typed);
    }

    @Transactional
    void save(long userId, PreferencesForm form) {
        var choice = PreferenceRules.check(form.getEmail(), form.getLanguage(), form.getChannels());
        var preference = preferences.findById(userId).orElse(null);
        if (preference == null) {
            Versions.expect(0, form.getVersion(), "notice preferences of user " + userId);
            preference = new MailPreference(userId);
        } else {
            Versions.expect(preference.version(), form.getVersion(), "notice preferences of user " + userId);
        }
        preference.change(choice, clock.instant());
        preferences.save(preference);
        accounts.setOwnEmail(userId, choice.email());
    }

    private PreferencesPage pageOf(PreferencesForm form) {
        return new PreferencesPage(
                form,
                List.of(NoticeKind.values()),
                List.of(NoticeChannel.values()),
                PreferenceRules.LANGUAGES,
                settings.enabled());
    }
}
