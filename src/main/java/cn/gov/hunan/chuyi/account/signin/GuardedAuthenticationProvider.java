package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** The password check, behind the lockout and throttling guard: a locked name is refused before its password is tried. */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;

    GuardedAuthenticationProvider(DaoAuthenticationProvider passwords, SignInGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        guard.check(authentication.getName(), SignInFlow.address(authentication));
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
