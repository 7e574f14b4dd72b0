package cn.gov.hunan.chuyi.account;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrators of an empty production database, since no default credentials exist outside the
 * demo: {@code java -jar chuyi-portal.jar --create-administrators} creates {@code sysadmin}, {@code secadmin} and
 * {@code auditor} (one role each, 三权分立), prints each one-time password once on the console — never into the
 * log — and stops. Refused when any of the three roles already has an account.
 */
@Component
class FirstRun implements ApplicationRunner {

    static final String OPTION = "create-administrators";

    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final ConfigurableApplicationContext context;
    private final Clock clock;
    private PrintStream console = System.out;

    FirstRun(AccountRepository accounts, AccountChangeRepository changes, PasswordEncoder encoder,
            TransactionTemplate transaction, ConfigurableApplicationContext context, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.encoder = encoder;
        this.transaction = transaction;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int exit = createAdministrators() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** Creates the three administrators; false (and nothing created) when any already exists. */
    boolean createAdministrators() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (accounts.anyWithRole(Role.SYSTEM_ADMIN) || accounts.anyWithRole(Role.SECURITY_ADMIN)
                    || accounts.anyWithRole(Role.AUDITOR)) {
                console.println("Administrators already exist: nothing created. Use /admin/users.");
                return false;
            }
            console.println("One-time passwords, shown once: each administrator must change it at first sign-in.");
            for (var admin : List.of(List.of("sysadmin", "系统管理员", Role.SYSTEM_ADMIN.name()),
                    List.of("secadmin", "安全管理员", Role.SECURITY_ADMIN.name()), List.of("auditor", "审计管理员", Role.AUDITOR.name()))) {
                if (accounts.existsByUsername(admin.get(0))) {
                    console.println("The name " + admin.get(0) + " is taken: nothing created.");
                    status.setRollbackOnly();
                    return false;
                }
                String password = OneTimePasswords.next();
                Account account = new Account(admin.get(0), admin.get(1), null, null, encoder.encode(password), clock.instant());
                account.grant(Role.valueOf(admin.get(2)));
                account = accounts.save(account);
                changes.save(new AccountChange(account.id(), AccountChange.Event.CREATED, "first-run", admin.get(2), clock.instant()));
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
