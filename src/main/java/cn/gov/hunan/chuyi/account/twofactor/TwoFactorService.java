package cn.gov.hunan.chuyi.account.twofactor;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in (双因素认证) with TOTP: enrolment from a QR code the portal draws itself, verification that
 * accepts each code once (a replayed code is refused), ten one-time recovery codes.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    static final String ISSUER = "Chuyi Portal";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountChangeRepository changes;
    private final TwoFactorRules rules;
    private final PolicyService policy;
    private final SecretSealer sealer;
    private final Clock clock;

    TwoFactorService(
            AccountRepository accounts,
            RecoveryCodeRepository recoveryCodes,
            AccountChangeRepository changes,
            TwoFactorRules rules,
            PolicyService policy,
            SecretSealer sealer,
            Clock clock) {
        this.sealer = sealer;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.changes = changes;
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean required(PortalUser user) {
        return rules.required(user.roles(), policy.current().relaxedRoles());
    }

    public boolean enabled(long userId) {
        return accounts.findById(userId).map(Account::totpEnabled).orElse(false);
    }

    /** Whether this user must, or chose to, give a second factor at sign-in. */
    public boolean neededAtSignIn(PortalUser user) {
        return required(user) || enabled(user.id());
    }

    public String newSecret() {
        return Totp.newSecret();
    }

    /** The enrolment QR code as SVG: dark modules as one path, no style attributes (the CSP forbids them). */
    public String qrSvg(String username, String secret) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            Totp.uri(ISSUER, username, secret),
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                    + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Confirms enrolment with a first code; returns the recovery codes, shown once and stored only as hashes. */
    @Transactional
    public List<String> enrol(long userId, String secret, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        long step = Totp.matchingStep(secret, code, clock.instant().getEpochSecond());
        if (step < 0) {
            throw new AccountRejected("account.twoFactor.error.code");
        }
        account.enrolTotp(sealer.seal(secret));
        account.useTotpStep(step);
        recoveryCodes.deleteAllOf(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String recovery = Totp.base32(randomBytes()).toLowerCase().substring(0, 10);
            recovery = recovery.substring(0, 5) + "-" + recovery.substring(5);
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(userId, sha256(recovery)));
        }
        changes.save(new AccountChange(
                userId,
                AccountChange.Event.TWO_FACTOR_ENROLLED,
                account.username(),
                HistoryReason.none(),
                clock.instant()));
        return codes;
    }

    /** A code from the app (each accepted once) or an unused recovery code. */
    @Transactional
    public boolean verify(long userId, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        if (!account.totpEnabled() || code == null) {
            return false;
        }
        long step = Totp.matchingStep(
                sealer.open(account.totpSecret()), code, clock.instant().getEpochSecond());
        if (step >= 0) {
            return account.useTotpStep(step);
        }
        // every unused code is compared, in constant time each, so the time taken says nothing of which matched
        byte[] hash = sha256(code.strip().toLowerCase()).getBytes(StandardCharsets.US_ASCII);
        RecoveryCode matched = null;
        for (RecoveryCode recovery : recoveryCodes.findByUserIdAndUsedAtIsNull(userId)) {
            if (MessageDigest.isEqual(recovery.codeHash().getBytes(StandardCharsets.US_ASCII), hash)) {
                matched = recovery;
            }
        }
        if (matched == null) {
            return false;
        }
        matched.use(clock.instant());
        return true;
    }

    /** Turns two-factor off for a user it is not required of, with a current code. */
    @Transactional
    public void remove(PortalUser user, String code) {
        if (required(user)) {
            throw new AccountRejected("account.twoFactor.error.required");
        }
        if (!verify(user.id(), code)) {
            throw new AccountRejected("account.twoFactor.error.code");
        }
        discard(accounts.findById(user.id()).orElseThrow());
        changes.save(new AccountChange(
                user.id(),
                AccountChange.Event.TWO_FACTOR_REMOVED,
                user.getUsername(),
                HistoryReason.none(),
                clock.instant()));
    }

    /**
     * The authenticator and the recovery codes gone (the owner enrols again at the next sign-in): removed by the owner,
     * or reset by the administrators. The caller records why.
     */
    @Transactional
    public void discard(Account account) {
        account.dropTotp();
        recoveryCodes.deleteAllOf(account.id());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
