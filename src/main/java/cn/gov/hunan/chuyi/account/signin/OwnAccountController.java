package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.password.LockoutRejected;
import cn.gov.hunan.chuyi.account.password.PasswordService;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every user does with their own account: password, second factor, sessions; and the second step of sign-in. */
@Controller
class OwnAccountController {

    static final String ENROLLING = "chuyi.twoFactor.enrolling";

    private final PasswordService passwords;
    private final TwoFactorService twoFactor;
    private final SessionControl sessions;
    private final SignInFlow flow;
    private final SecondStep secondStep;
    private final AccountChangeRepository changes;
    private final ApplicationEventPublisher events;

    OwnAccountController(
            PasswordService passwords,
            TwoFactorService twoFactor,
            SessionControl sessions,
            SignInFlow flow,
            SecondStep secondStep,
            AccountChangeRepository changes,
            ApplicationEventPublisher events) {
        this.events = events;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.flow = flow;
        this.secondStep = secondStep;
        this.changes = changes;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String passwordForm(HttpSession session, Model model) {
        model.addAttribute("forced", session.getAttribute(SignInFlow.MUST_CHANGE) != null);
        model.addAttribute("minLength", passwords.minLength());
        return "account/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String changePassword(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String confirmation,
            @AuthenticationPrincipal PortalUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        try {
            passwords.change(user.id(), current, next, confirmation, request.getRemoteAddr());
        } catch (LockoutRejected lockedOut) {
            // a stolen session must not guess the password on: the session ends as a sign-in would be refused
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            return "redirect:/login?locked";
        } catch (AccountRejected e) {
            model.addAttribute("errors", e.messageKeys());
            return passwordForm(session, model);
        }
        session.removeAttribute(SignInFlow.MUST_CHANGE);
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/";
    }

    /** The second step of sign-in: a code, or enrolment first where a second factor is required and none is set up. */
    @GetMapping("/login/two-factor")
    @PreAuthorize("hasAuthority('PENDING_SECOND_FACTOR')")
    String secondStep(HttpSession session, Model model) {
        PortalUser user = pendingUser(session);
        boolean enrolled = twoFactor.enabled(user.id());
        model.addAttribute("enrolled", enrolled);
        if (!enrolled && session.getAttribute(ENROLLING) == null) {
            session.setAttribute(ENROLLING, twoFactor.newSecret());
        }
        model.addAttribute("secret", enrolled ? null : session.getAttribute(ENROLLING));
        return "account/two-factor-login";
    }

    @PostMapping("/login/two-factor")
    @PreAuthorize("hasAuthority('PENDING_SECOND_FACTOR')")
    String checkSecondStep(
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        HttpSession session = request.getSession();
        SecondStep.Result result = secondStep.attempt(request, code, (String) session.getAttribute(ENROLLING));
        return switch (result.outcome()) {
            case WRONG_CODE -> {
                model.addAttribute("wrongCode", true);
                yield secondStep(session, model);
            }
            case ENDED_LOCKED -> "redirect:/login?locked";
            case ENDED_THROTTLED -> "redirect:/login?throttled";
            case ENDED_WRONG_CODES -> "redirect:/login?codes";
            case PASSED -> {
                if (!result.enrolled()) {
                    yield "redirect:" + flow.promote(request, response);
                }
                // shown once, before the portal opens
                session.removeAttribute(ENROLLING);
                model.addAttribute("recoveryCodes", result.recoveryCodes());
                flow.promoteQuietly(request, response);
                yield "account/recovery-codes";
            }
        };
    }

    @GetMapping(
            value = {"/login/two-factor/qr.svg", "/account/two-factor/qr.svg"},
            produces = "image/svg+xml")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> qr(HttpSession session, Authentication authentication) {
        String secret = (String) session.getAttribute(ENROLLING);
        if (secret == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .header("Cache-Control", "no-store")
                .body(twoFactor.qrSvg(authentication.getName(), secret));
    }

    @GetMapping("/account/two-factor")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String twoFactorPage(@AuthenticationPrincipal PortalUser user, HttpSession session, Model model) {
        boolean enrolled = twoFactor.enabled(user.id());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", twoFactor.required(user));
        if (!enrolled) {
            if (session.getAttribute(ENROLLING) == null) {
                session.setAttribute(ENROLLING, twoFactor.newSecret());
            }
            model.addAttribute("secret", session.getAttribute(ENROLLING));
        }
        return "account/two-factor";
    }

    @PostMapping("/account/two-factor")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String enrol(
            @RequestParam(required = false) String code,
            @AuthenticationPrincipal PortalUser user,
            HttpSession session,
            Model model) {
        try {
            model.addAttribute(
                    "recoveryCodes", twoFactor.enrol(user.id(), (String) session.getAttribute(ENROLLING), code));
            session.removeAttribute(ENROLLING);
            return "account/recovery-codes";
        } catch (AccountRejected | NullPointerException wrong) {
            model.addAttribute("wrongCode", true);
            return twoFactorPage(user, session, model);
        }
    }

    @PostMapping("/account/two-factor/remove")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String removeTwoFactor(
            @RequestParam(required = false) String code,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes redirect) {
        try {
            twoFactor.remove(user, code);
            redirect.addFlashAttribute("success", "account.twoFactor.removed");
        } catch (AccountRejected e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/account/two-factor";
    }

    @GetMapping("/account/sessions")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String sessionsPage(@AuthenticationPrincipal PortalUser user, HttpSession session, Model model) {
        model.addAttribute("sessions", sessions.rowsOf(user.getUsername(), session.getId()));
        return "account/sessions";
    }

    /** Ends every session of the user, this one included. */
    @PostMapping("/account/sessions/sign-out-everywhere")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String signOutEverywhere(
            @AuthenticationPrincipal PortalUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        sessions.signOutEverywhere(user.getUsername());
        changes.save(new AccountChange(
                user.id(),
                AccountChange.Event.SIGNED_OUT_EVERYWHERE,
                user.getUsername(),
                HistoryReason.none(),
                Instant.now()));
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?logout";
    }

    private static PortalUser pendingUser(HttpSession session) {
        return SecondStep.pendingUser(session);
    }
}
