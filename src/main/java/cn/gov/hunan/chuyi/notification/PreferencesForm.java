package cn.gov.hunan.chuyi.notification;

import java.util.EnumMap;
import java.util.Map;

/** The notice preferences as the page posts them; the user is always the one signed in, never a posted field. */
public class PreferencesForm {

    private String email;
    private String language;
    private Map<NoticeKind, NoticeChannel> channels = new EnumMap<>(NoticeKind.class);
    private long version;

    /** The stored choices, with the account's address ({@code email}, or null). */
    static PreferencesForm of(MailPreference preference, String email) {
        var form = new PreferencesForm();
        form.email = email;
        form.language = preference.language();
        form.channels = new EnumMap<>(preference.channels());
        form.version = preference.version();
        return form;
    }

    /** A user who has never chosen: in the portal only, mails (when they give an address) in the page's language. */
    static PreferencesForm fresh(String language, String email) {
        var form = new PreferencesForm();
        form.email = email;
        form.language = language;
        for (NoticeKind kind : NoticeKind.values()) {
            form.channels.put(kind, NoticeChannel.IN_APP);
        }
        return form;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Map<NoticeKind, NoticeChannel> getChannels() {
        return channels;
    }

    public void setChannels(Map<NoticeKind, NoticeChannel> channels) {
        this.channels = channels;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
