package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Clock clock;

    PortalUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // usernames are stored lower-case: "Admin" and "admin" are one account
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(normalised)
                .map(Account::toPortalUser)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Re-hashes a password kept under an older encoder (bcrypt) with the current one, at sign-in. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        Account account = accounts.findByUsername(user.getUsername()).orElseThrow();
        account.rehash(newHash);
        return account.toPortalUser();
    }
}
