package cn.gov.hunan.chuyi.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    PortalUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
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
}
