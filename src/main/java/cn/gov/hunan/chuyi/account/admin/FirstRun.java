package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.password.OneTimePasswords;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrators of an empty production database, since no default credentials exist outside the
 * demo: {@code java -jar chuyi-portal.jar --create-administrators} creates {@code sysadmin}, {@code secadmin} and
 * {@code auditor} (one role each, 三权分立), prints each one-time password once on the console — never into the
 * log — and stops. Refused when any of the three roles already has an account.
 *
 * <p>The same command line is where a reset goes that nobody in the portal can approve (the only security
 * administrator's own account, see {@link AccountResets}): {@code --reset-password=NAME} prints a one-time password,
 * {@code --reset-second-factor=NAME} removes the authenticator and recovery codes; both end the account's sessions and
 * are recorded in its history and the audit log (actor {@code command-line}). Whoever runs it holds the server, its
 * database and its key already: the portal cannot ask more of them, only make the act visible.
 */
@Component
class FirstRun implements ApplicationRunner {

    static final String OPTION = "create-administrators";
    static final String RESET_PASSWORD = "reset-password";
    static final String RESET_SECOND_FACTOR = "reset-second-factor";
    static final String ACTOR = "command-line";

    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final TwoFactorService twoFactor;
    private final SessionControl sessions;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final ConfigurableApplicationContext context;
    private final Clock clock;
    private PrintStream console = System.out;

    FirstRun(
            AccountRepository accounts,
            AccountChangeRepository changes,
            TwoFactorService twoFactor,
            SessionControl sessions,
            ApplicationEventPublisher events,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            ConfigurableApplicationContext context,
            Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.events = events;
        this.encoder = encoder;
        this.transaction = transaction;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean resets = args.containsOption(RESET_PASSWORD) || args.containsOption(RESET_SECOND_FACTOR);
        if (!args.containsOption(OPTION) && !resets) {
            return;
        }
        boolean done = true;
        if (args.containsOption(OPTION)) {
            done = createAdministrators();
        }
        for (String name : values(args, RESET_SECOND_FACTOR)) {
            done &= resetSecondFactor(name);
        }
        for (String name : values(args, RESET_PASSWORD)) {
            done &= resetPassword(name);
        }
        int exit = done ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static List<String> values(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        return values == null ? List.of() : values;
    }

    /** A one-time password printed once, the second factor left as it is; false when there is no such account. */
    boolean resetPassword(String username) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var account = accounts.findByUsername(
                    username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
            if (account.isEmpty()) {
                console.println("No account " + username + ": nothing reset.");
                return false;
            }
            String password = OneTimePasswords.next();
            account.get().resetPassword(encoder.encode(password), clock.instant());
            recorded(account.get(), AccountChange.Event.PASSWORD_RESET, "PASSWORD");
            console.println(
                    "One-time password, shown once; the owner changes it at sign-in (second factor unchanged):");
            console.println("  " + account.get().username() + "  " + password);
            return true;
        }));
    }

    /** The authenticator and recovery codes removed: the owner enrols again at the next sign-in. */
    boolean resetSecondFactor(String username) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var account = accounts.findByUsername(
                    username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
            if (account.isEmpty()) {
                console.println("No account " + username + ": nothing reset.");
                return false;
            }
            twoFactor.discard(account.get());
            recorded(account.get(), AccountChange.Event.TWO_FACTOR_RESET, "SECOND_FACTOR");
            console.println(
                    "Second factor of " + account.get().username() + " removed: it enrols again at the next sign-in.");
            return true;
        }));
    }

    private void recorded(Account account, AccountChange.Event event, String kind) {
        sessions.signOutEverywhere(account.username());
        changes.save(new AccountChange(
                account.id(), event, ACTOR, HistoryReason.key("account.change.value", kind), clock.instant()));
        events.publishEvent(new Audited(
                ACTOR,
                "RESET_CARRIED_OUT",
                ResetExecution.AUDIT_TARGET,
                account.username(),
                "SUCCESS",
                kind + "；" + ACTOR));
    }

    /** Creates the three administrators; false (and nothing created) when any already exists. */
    boolean createAdministrators() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (accounts.anyWithRole(Role.SYSTEM_ADMIN)
                    || accounts.anyWithRole(Role.SECURITY_ADMIN)
                    || accounts.anyWithRole(Role.AUDITOR)) {
                console.println("Administrators already exist: nothing created. Use /admin/users.");
                return false;
            }
            console.println("One-time passwords, shown once: each administrator must change it at first sign-in.");
            for (var admin : List.of(
                    List.of("sysadmin", "系统管理员", Role.SYSTEM_ADMIN.name()),
                    List.of("secadmin", "安全管理员", Role.SECURITY_ADMIN.name()),
                    List.of("auditor", "审计管理员", Role.AUDITOR.name()))) {
                if (accounts.existsByUsername(admin.get(0))) {
                    console.println("The name " + admin.get(0) + " is taken: nothing created.");
                    status.setRollbackOnly();
                    return false;
                }
                String password = OneTimePasswords.next();
                Account account =
                        new Account(admin.get(0), admin.get(1), null, null, encoder.encode(password), clock.instant());
                account.grant(Role.valueOf(admin.get(2)));
                account = accounts.save(account);
                changes.save(new AccountChange(
                        account.id(),
                        AccountChange.Event.CREATED,
                        "first-run",
                        HistoryReason.key("account.change.value", admin.get(2)),
                        clock.instant()));
                console.println("  " + admin.get(0) + "  " + password);
            }
            return true;
        }));
    }

    /** For the test, which reads what the operator would see. */
    void printTo(PrintStream console) {
        this.console = console;
    }
}
