package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API keys: issued and revoked by the security administrator, checked on every call. A key is shown once, when
 * issued; only its prefix and hash are kept.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ApiSettings.class)
public class ApiKeys {

    /** How many keys and history lines the page lists (newest first). */
    static final int LISTED = 200;

    private final ApiKeyRepository keys;
    private final ApiKeyChangeRepository changes;
    private final ApiSettings settings;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, ApiKeyChangeRepository changes, ApiSettings settings, Clock clock) {
        this.keys = keys;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the administrator typed to issue a key. */
    public record IssueForm(String name, Set<ApiScope> scopes, LocalDate expiresOn) {}

    /** A key just issued: the key itself, shown this once. */
    public record Issued(ApiKeyView key, String secret) {}

    /** What a call's key turned out to be. */
    enum Outcome {
        VALID,
        MISSING,
        UNKNOWN,
        REVOKED,
        EXPIRED
    }

    /** The key of a call: its outcome and, when it is a known key, its id, prefix and scopes. */
    record Caller(Outcome outcome, Long keyId, String prefix, Set<ApiScope> scopes) {

        static Caller refused(Outcome outcome, String prefix) {
            return new Caller(outcome, null, prefix, Set.of());
        }
    }

    /** The page: the keys, the history of issues and revocations, and the form's bounds. */
    public ApiKeyPage page() {
        Instant now = clock.instant();
        var listed = keys.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, LISTED));
        var history = changes.findAllByOrderByChangedAtDescIdDesc(PageRequest.of(0, LISTED));
        Map<Long, ApiKey> named = listed.stream().collect(Collectors.toMap(ApiKey::id, Function.identity()));
        var missing = history.stream()
                .map(ApiKeyChange::apiKeyId)
                .filter(id -> !named.containsKey(id))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            keys.findAllById(missing).forEach(k -> named.put(k.id(), k));
        }
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        return new ApiKeyPage(
                listed.stream().map(k -> k.toView(now)).toList(),
                history.stream()
                        .map(c -> new ApiKeyPage.Line(named.get(c.apiKeyId()).prefix(), c.toLine()))
                        .toList(),
                List.of(ApiScope.values()),
                today.plusDays(365),
                today.plusDays(settings.maxValidityDays()),
                settings.requestsPerMinute());
    }

    /** A key as the page shows it; 404 for an unknown id. */
    public ApiKeyView key(long id) {
        return keys.findById(id)
                .orElseThrow(() -> new NotFoundException("api key", id))
                .toView(clock.instant());
    }

    @Transactional
    public Issued issue(IssueForm form, PortalUser actor) {
        String name = Text.blankToNull(form.name());
        if (name == null || name.length() > 100) {
            throw new ApiKeyRejected("api.keys.error.name").at("name");
        }
        if (form.scopes() == null || form.scopes().isEmpty()) {
            throw new ApiKeyRejected("api.keys.error.scopes").at("scopes");
        }
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        LocalDate last = today.plusDays(settings.maxValidityDays());
        if (form.expiresOn() == null
                || !form.expiresOn().isAfter(today)
                || form.expiresOn().isAfter(last)) {
            throw new ApiKeyRejected("api.keys.error.expiry", settings.maxValidityDays(), last).at("expiresOn");
        }
        String secret = ApiKeySecret.generate();
        while (keys.existsByPrefix(ApiKeySecret.prefixOf(secret))) {
            secret = ApiKeySecret.generate();
        }
        Instant now = clock.instant();
        // valid through the whole of the chosen day, portal time
        Instant expires =
                form.expiresOn().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        var key = keys.save(new ApiKey(name, secret, EnumSet.copyOf(form.scopes()), actor.getUsername(), now, expires));
        changes.save(new ApiKeyChange(
                key.id(),
                null,
                ApiKeyStatus.ACTIVE,
                actor.getUsername(),
                HistoryReason.key(ApiKeyPage.ISSUED, ApiScope.join(form.scopes()), form.expiresOn()),
                now));
        return new Issued(key.toView(now), secret);
    }

    @Transactional
    public void revoke(long id, long expectedVersion, String reason, PortalUser actor) {
        var key = keys.findById(id).orElseThrow(() -> new NotFoundException("api key", id));
        Versions.expect(key.version(), expectedVersion, "api key " + id);
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > 500) {
            throw new ApiKeyRejected("api.keys.error.reason").at("reason");
        }
        Instant now = clock.instant();
        ApiKeyStatus from = key.status();
        key.move(ApiKeyMove.REVOKE, Role.SECURITY_ADMIN, now);
        changes.save(new ApiKeyChange(id, from, key.status(), actor.getUsername(), HistoryReason.typed(why), now));
    }

    /** The key of a call ({@code Authorization: Bearer <key>}), marking a valid one used. */
    @Transactional
    Caller check(String presented) {
        if (presented == null || presented.isBlank()) {
            return Caller.refused(Outcome.MISSING, null);
        }
        String prefix = ApiKeySecret.prefixOf(presented);
        var key = prefix == null ? null : keys.findByPrefix(prefix).orElse(null);
        if (key == null || !key.matches(presented)) {
            // the same hash is computed for an unknown key, so that timing tells nothing
            if (key == null) {
                ApiKeySecret.matches(presented, ApiKeySecret.hash(""));
            }
            return Caller.refused(Outcome.UNKNOWN, null);
        }
        Instant now = clock.instant();
        if (key.status() == ApiKeyStatus.REVOKED) {
            return Caller.refused(Outcome.REVOKED, prefix);
        }
        if (!key.usable(now)) {
            return Caller.refused(Outcome.EXPIRED, prefix);
        }
        keys.touch(key.id(), now, now.minus(Duration.ofMinutes(1)));
        return new Caller(Outcome.VALID, key.id(), prefix, key.scopes());
    }

    int requestsPerMinute() {
        return settings.requestsPerMinute();
    }
}
