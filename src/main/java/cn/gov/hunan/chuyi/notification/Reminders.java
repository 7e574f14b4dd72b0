package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.shared.Text;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder engine and its ledger. The job ({@link #remindDue}) asks every {@link DeadlineSource} for the deadlines
 * in reach of a lead time and reminds each recipient once per deadline and lead time: the occasion is a row of
 * {@code reminder} under a unique key and each person a row of {@code reminder_sent} under its primary key, both
 * inserted with "on conflict do nothing", and only the people whose row this run inserted are notified — in the same
 * transaction, so two runs at once, two instances or a restart never remind anyone twice, and a notice is never lost
 * for a row that committed. A reminder by hand ({@link #chase}) is an occasion of its own in the same ledger.
 * Reminders are {@link PortalNotice}s: in the portal, and by e-mail to whoever chose so for reminders.
 */
@Component
class Reminders implements ReminderLedger {

    static final String UPCOMING = "notification.reminder.upcoming";
    static final String OVERDUE = "notification.reminder.overdue";
    static final String BY_HAND = "notification.reminder.byHand";
    static final int MESSAGE_LIMIT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectProvider<DeadlineSource> sources;
    private final ReminderSettings settings;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    private final Clock clock;

    Reminders(
            ObjectProvider<DeadlineSource> sources,
            ReminderSettings settings,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            AccountDirectory accounts,
            Clock clock) {
        this.sources = sources;
        this.settings = settings;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = transactions;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many people were reminded. */
    int remindDue() {
        Instant now = clock.instant();
        LeadTimes schedule = settings.schedule();
        int reminded = 0;
        for (DeadlineSource source : sources.orderedStream().toList()) {
            List<Deadline> deadlines;
            try {
                deadlines = source.openDeadlines(schedule.windowFrom(now), schedule.windowTo(now));
            } catch (RuntimeException failure) {
                LOG.warn(
                        "deadline source {} failed; the others are still reminded",
                        source.getClass().getName(),
                        failure);
                continue;
            }
            for (Deadline deadline : deadlines) {
                if (!deadline.open() || deadline.recipients().isEmpty() || deadline.due() == null) {
                    continue;
                }
                Optional<Period> lead = schedule.dueAt(deadline.due(), now);
                if (lead.isPresent()) {
                    try {
                        Integer count = transactions.execute(status -> remind(deadline, lead.get(), now));
                        reminded += count == null ? 0 : count;
                    } catch (RuntimeException failure) {
                        LOG.warn(
                                "reminder of {} ({}) failed; tried again on the next run",
                                deadline.link(),
                                lead.get(),
                                failure);
                    }
                }
            }
        }
        return reminded;
    }

    private int remind(Deadline deadline, Period lead, Instant now) {
        OffsetDateTime due = at(deadline.due());
        jdbc.update(
                "insert into reminder (kind, link, due_at, lead_time, sent_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                deadline.kind(),
                deadline.link(),
                due,
                lead.toString(),
                at(now));
        Long occasion = jdbc.queryForObject(
                "select id from reminder where kind = ? and link = ? and due_at = ? and lead_time = ?",
                Long.class,
                deadline.kind(),
                deadline.link(),
                due,
                lead.toString());
        List<Long> reached = reach(occasion, deadline.recipients());
        if (!reached.isEmpty()) {
            events.publishEvent(new PortalNotice(
                    reached,
                    now.isBefore(deadline.due()) ? UPCOMING : OVERDUE,
                    deadline.link(),
                    deadline.subject(),
                    List.of(deadline.kind(), dueText(deadline.due()))));
        }
        return reached.size();
    }

    @Override
    @Transactional
    public int chase(Deadline deadline, long byUserId, String message) {
        String text = Text.blankToNull(message);
        if (text == null) {
            throw ReminderRejected.aboutMessage("notification.reminder.error.message");
        }
        if (text.length() > MESSAGE_LIMIT) {
            throw ReminderRejected.aboutMessage("notification.reminder.error.messageLong", MESSAGE_LIMIT);
        }
        if (!deadline.open() || deadline.recipients().isEmpty()) {
            throw new ReminderRejected("notification.reminder.error.nobody");
        }
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into reminder (kind, link, due_at, sent_by, message, sent_at) values (?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setString(1, deadline.kind());
                    insert.setString(2, deadline.link());
                    insert.setObject(3, at(deadline.due()));
                    insert.setLong(4, byUserId);
                    insert.setString(5, text);
                    insert.setObject(6, at(clock.instant()));
                    return insert;
                },
                key);
        List<Long> reached = reach(key.getKey().longValue(), deadline.recipients());
        String by = accounts.findAll(List.of(byUserId)).values().stream()
                .map(UserSummary::displayName)
                .findFirst()
                .orElse("");
        events.publishEvent(new PortalNotice(
                reached,
                BY_HAND,
                deadline.link(),
                deadline.subject(),
                List.of(deadline.kind(), dueText(deadline.due()), text, by)));
        return countFor(deadline.link());
    }

    @Override
    @Transactional(readOnly = true)
    public int countFor(String link) {
        Integer count = jdbc.queryForObject("select count(*) from reminder where link = ?", Integer.class, link);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> countsFor(Collection<String> links) {
        Map<String, Integer> counts = new HashMap<>();
        if (links.isEmpty()) {
            return counts;
        }
        named.query(
                "select link, count(*) as n from reminder where link in (:links) group by link",
                Map.of("links", links),
                row -> {
                    counts.put(row.getString("link"), row.getInt("n"));
                });
        return counts;
    }

    /** Records the occasion for each person who has not had it; returns those, who are the ones to notify. */
    private List<Long> reach(long occasion, Collection<Long> recipients) {
        List<Long> reached = new ArrayList<>();
        // one order for every run, so two runs at once wait on each other instead of deadlocking
        for (Long user : recipients.stream().sorted().toList()) {
            if (jdbc.update(
                            "insert into reminder_sent (reminder_id, user_id) values (?, ?) on conflict do nothing",
                            occasion,
                            user)
                    == 1) {
                reached.add(user);
            }
        }
        return reached;
    }

    private static OffsetDateTime at(Instant instant) {
        // the database keeps microseconds: the key must compare equal to what it stored
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static String dueText(Instant due) {
        return MINUTE.format(PortalTime.local(due));
    }
}
