package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.Audited;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The second step of sign-in (第二因素): a code from the app, a recovery code, or the first code of an enrolment.
 * A six-digit code can be guessed if it may be tried without end, so the step is guarded like the password: a
 * locked name or a throttled address cannot finish signing in, every wrong code counts toward both, and the
 * pending sign-in ends after {@value #WRONG_CODES_PER_SIGN_IN} wrong codes — the password must be given again.
 */
@Component
class SecondStep {

    static final int WRONG_CODES_PER_SIGN_IN = 3;
    private static final String WRONG_CODES = "chuyi.signIn.wrongCodes";

    enum Outcome {
        /** The code was right: the sign-in may be completed. */
        PASSED,
        /** The code was wrong; the user may try again. */
        WRONG_CODE,
        /** The pending sign-in ended: the name is locked. */
        ENDED_LOCKED,
        /** The pending sign-in ended: the address is throttled. */
        ENDED_THROTTLED,
        /** The pending sign-in ended: too many wrong codes. */
        ENDED_WRONG_CODES
    }

    /** What the attempt came to; an enrolment that passed carries the recovery codes to show once. */
    record Result(Outcome outcome, List<String> recoveryCodes) {
        boolean enrolled() {
            return recoveryCodes != null;
        }
    }

    private final TwoFactorService twoFactor;
    private final SignInGuard guard;
    private final ApplicationEventPublisher events;

    SecondStep(TwoFactorService twoFactor, SignInGuard guard, ApplicationEventPublisher events) {
        this.twoFactor = twoFactor;
        this.guard = guard;
        this.events = events;
    }

    /** The user of the pending sign-in, or an access denial when there is none. */
    static PortalUser pendingUser(HttpSession session) {
        Authentication pending = (Authentication) session.getAttribute(SignInFlow.PENDING);
        if (pending == null) {
            throw new AccessDeniedException("no pending sign-in");
        }
        return (PortalUser) pending.getPrincipal();
    }

    Result attempt(HttpServletRequest request, String code, String enrollingSecret) {
        HttpSession session = request.getSession();
        PortalUser user = pendingUser(session);
        String ip = request.getRemoteAddr();
        try {
            guard.check(user.getUsername(), ip);
        } catch (SignInGuard.Throttled throttled) {
            return end(request, Outcome.ENDED_THROTTLED);
        } catch (LockedException locked) {
            return end(request, Outcome.ENDED_LOCKED);
        }
        List<String> recoveryCodes = null;
        boolean passed;
        if (twoFactor.enabled(user.id())) {
            passed = twoFactor.verify(user.id(), code);
        } else {
            try {
                recoveryCodes = twoFactor.enrol(user.id(), enrollingSecret, code);
                passed = true;
            } catch (AccountRejected | NullPointerException wrong) {
                passed = false;
            }
        }
        events.publishEvent(new Audited(
                user.getUsername(),
                "SECOND_FACTOR",
                "ACCOUNT",
                user.getUsername(),
                passed ? "SUCCESS" : "FAILURE",
                null));
        if (passed) {
            session.removeAttribute(WRONG_CODES);
            return new Result(Outcome.PASSED, recoveryCodes);
        }
        boolean locked = guard.failed(user.getUsername(), ip);
        Integer before = (Integer) session.getAttribute(WRONG_CODES);
        int wrong = before == null ? 1 : before + 1;
        session.setAttribute(WRONG_CODES, wrong);
        if (locked) {
            return end(request, Outcome.ENDED_LOCKED);
        }
        if (wrong >= WRONG_CODES_PER_SIGN_IN) {
            return end(request, Outcome.ENDED_WRONG_CODES);
        }
        return new Result(Outcome.WRONG_CODE, null);
    }

    private static Result end(HttpServletRequest request, Outcome outcome) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return new Result(outcome, null);
    }
}
