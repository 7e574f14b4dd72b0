package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the mails a notice causes, in the transaction of the change: one row per recipient whose account has an address and
 * chose e-mail (or the digest) for the notice's kind, in that recipient's language. Does nothing while
 * {@code chuyi.mail.enabled} is off, so the table never fills with mails nobody will send.
 */
@Component
class MailOutbox {

    private final MailSettings settings;
    private final MailPreferenceRepository preferences;
    private final AccountDirectory accounts;
    private final OutboxMailRepository mails;
    private final NoticeText text;
    private final MailText mailText;
    private final Clock clock;

    MailOutbox(
            MailSettings settings,
            MailPreferenceRepository preferences,
            AccountDirectory accounts,
            OutboxMailRepository mails,
            NoticeText text,
            MailText mailText,
            Clock clock) {
        this.settings = settings;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mails = mails;
        this.text = text;
        this.mailText = mailText;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(Collection<Long> userIds, String messageKey, String link, List<String> arguments) {
        if (!settings.enabled()) {
            return;
        }
        NoticeKind kind = NoticeKind.of(messageKey);
        Instant now = clock.instant();
        String url = mailText.url(link);
        Map<Long, String> addresses = accounts.emailsOf(userIds);
        if (addresses.isEmpty()) {
            return;
        }
        for (MailPreference preference : preferences.findAllById(addresses.keySet())) {
            String address = addresses.get(preference.userId());
            NoticeChannel channel = preference.channel(kind);
            if (!channel.byMail()) {
                continue;
            }
            Locale locale = preference.locale();
            String sentence = text.render(messageKey, arguments, locale);
            mails.save(
                    channel == NoticeChannel.DIGEST
                            ? OutboxMail.forDigest(
                                    preference.userId(), address, preference.language(), sentence, url, now)
                            : OutboxMail.single(
                                    preference.userId(),
                                    address,
                                    preference.language(),
                                    mailText.subject(sentence, locale),
                                    mailText.body(sentence, url, locale),
                                    now));
        }
    }
}
