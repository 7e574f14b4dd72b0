package cn.gov.hunan.chuyi.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: sends what is due, one mail at a time, and records each outcome in its own short transaction —
 * sent, or failed with its error and the time of the next attempt (back-off, then given up). Bundles the day's digest
 * items into one mail per user. Called by {@link MailJobs} under the job lock, so one instance sends at a time; the
 * SMTP time-outs (spring.mail.properties.mail.smtp.*timeout) keep a hanging server from holding the lock.
 */
@Component
class MailDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatch.class);
    /** A run stops taking new mails after this, well inside the job lock's ten minutes, so no other instance sends them too. */
    private static final Duration RUN_BUDGET = Duration.ofMinutes(4);

    private final MailSettings settings;
    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailText text;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    MailDispatch(
            MailSettings settings,
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> sender,
            MailText text,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.settings = settings;
        this.mails = mails;
        this.sender = sender;
        this.text = text;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** Sends the mails due now (at most a batch); returns how many went out. */
    int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0; // MailJobs refuses to start without one; a test context may still call this
        }
        int sent = 0;
        long started = System.nanoTime();
        for (OutboxMail mail : mails.due(clock.instant(), PageRequest.of(0, settings.batchSize()))) {
            if (System.nanoTime() - started > RUN_BUDGET.toNanos()) {
                break; // the rest go on the next run
            }
            String error = null;
            try {
                smtp.send(mime -> {
                    var message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                    message.setFrom(settings.from());
                    message.setTo(new InternetAddress(mail.address(), true));
                    message.setSubject(mail.subject());
                    message.setText(mail.body());
                });
            } catch (RuntimeException failure) {
                error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            Instant at = clock.instant();
            String outcome = error;
            transactions.executeWithoutResult(status -> {
                OutboxMail current = mails.findById(mail.id()).orElseThrow();
                if (outcome == null) {
                    current.sent(at);
                } else {
                    current.failed(at, outcome, settings);
                }
            });
            if (error == null) {
                sent++;
                meters.counter("chuyi.mail", "outcome", "sent").increment();
            } else {
                meters.counter("chuyi.mail", "outcome", "failed").increment();
                LOG.warn(
                        "mail {} to user {} failed (attempt {}): {}",
                        mail.id(),
                        mail.userId(),
                        mail.attempts() + 1,
                        error);
            }
        }
        return sent;
    }

    /** Bundles every digest item written before now into one mail per user; returns how many mails it made. */
    int bundleDigests() {
        Instant now = clock.instant();
        int made = 0;
        for (Long user : mails.usersWithDigest(now)) {
            Integer one = transactions.execute(status -> {
                List<OutboxMail> items = mails.digestOf(user, now);
                if (items.isEmpty()) {
                    return 0;
                }
                OutboxMail last = items.get(items.size() - 1);
                Locale locale = Locale.forLanguageTag(last.language());
                OutboxMail digest = mails.save(OutboxMail.single(
                        user,
                        last.address(),
                        last.language(),
                        text.digestSubject(now, items.size(), locale),
                        text.digestBody(items, locale),
                        now));
                items.forEach(item -> item.bundledInto(digest.id()));
                return 1;
            });
            made += one == null ? 0 : one;
        }
        return made;
    }
}
