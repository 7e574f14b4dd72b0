package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Objections (异议) from the public: lodged against a nomination on a notice by anyone, with or without an account,
 * and read back by the objector with the reference and the telephone. What the public may send is bounded per
 * address and day ({@link PublicitySettings}).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(PublicitySettings.class)
public class PublicObjections {

    private static final int MAX_NAME = 100;
    /** also said on the page (the form's limits line) */
    static final int MAX_REASON = 2000;

    private final NoticeService notices;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final ObjectionLookupRepository lookups;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final AttachmentStore store;
    private final ApplicationEventPublisher events;
    private final PublicitySettings settings;
    private final Clock clock;

    PublicObjections(
            NoticeService notices,
            NominationRepository nominations,
            ObjectionRepository objections,
            ObjectionLookupRepository lookups,
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            AttachmentStore store,
            ApplicationEventPublisher events,
            PublicitySettings settings,
            Clock clock) {
        this.notices = notices;
        this.nominations = nominations;
        this.objections = objections;
        this.lookups = lookups;
        this.organizations = organizations;
        this.accounts = accounts;
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Lodges an objection: while the period runs, against a nomination on the notice, under a real name or a
     * unit's, with a mainland telephone number and a reason; the evidence file under the attachment module's
     * rules. Without an account at most {@code objectionsPerDay} from one address a day, signed in as many per
     * account. Province staff are told at once.
     *
     * @param objector the signed-in user, or null for a member of the public
     * @param address the address the request came from (kept for the staff, and counted)
     * @return the reference the objector keeps to read the disposition later
     * @throws ObjectionRejected with every problem, each naming its field
     */
    @Transactional
    public String lodge(
            long roundId, LodgeObjection objection, MultipartFile evidence, PortalUser objector, String address) {
        Round round = notices.publicRound(roundId);
        Instant now = clock.instant();
        if (!round.acceptsObjections(now)) {
            throw new ObjectionRejected("selection.objection.error.periodOver");
        }
        long today = objector == null
                ? objections.countAnonymousFromSince(address, startOfDay())
                : objections.countByObjectorSince(objector.id(), startOfDay());
        if (today >= settings.objectionsPerDay()) {
            throw new ObjectionRejected("selection.objection.error.tooMany", settings.objectionsPerDay());
        }
        List<ObjectionRejected.Problem> problems = new ArrayList<>();
        String name = strip(objection.name());
        if (name == null) {
            problems.add(new ObjectionRejected.Problem("name", "selection.objection.error.name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new ObjectionRejected.Problem(
                    "name", "selection.objection.error.nameLength", String.valueOf(MAX_NAME)));
        }
        if (Telephone.digits(objection.telephone()) == null) {
            problems.add(new ObjectionRejected.Problem("telephone", "selection.objection.error.telephone"));
        }
        String reason = strip(objection.reason());
        if (reason == null) {
            problems.add(new ObjectionRejected.Problem("reason", "selection.objection.error.reason"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new ObjectionRejected.Problem(
                    "reason", "selection.objection.error.reasonLength", String.valueOf(MAX_REASON)));
        }
        Optional<Nomination> against = Optional.ofNullable(objection.nominationId())
                .flatMap(nominations::findById)
                .filter(n -> n.roundId() == roundId && n.status() == NominationStatus.SELECTED);
        if (against.isEmpty()) {
            problems.add(new ObjectionRejected.Problem("nominationId", "selection.objection.error.nomination"));
        }
        boolean hasEvidence = AttachmentStore.chosen(evidence);
        if (hasEvidence && evidence.isEmpty()) {
            // a chosen file that holds nothing is refused with the other problems, never dropped
            problems.add(
                    new ObjectionRejected.Problem("file", "attachment.error.empty", evidence.getOriginalFilename()));
        } else if (hasEvidence
                && evidence.getSize() > settings.maxEvidenceSize().toBytes()) {
            problems.add(new ObjectionRejected.Problem(
                    "file",
                    "selection.objection.error.evidenceSize",
                    settings.maxEvidenceSize().toMegabytes()));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejected(problems);
        }
        Nomination nomination = against.orElseThrow();
        String reference = newReference();
        var lodged = new Objection(
                roundId,
                nomination.id(),
                objector == null ? null : objector.id(),
                name,
                objection.telephone().strip(),
                reason,
                address,
                reference,
                now);
        if (hasEvidence) {
            lodged.attachEvidence(storeEvidence(evidence));
        }
        objections.save(lodged);
        // the staff hear of it in the portal; the notice names the nomination, never the objector
        events.publishEvent(new PortalNotice(
                accounts.withRole(Role.PROVINCE_ADMIN).stream()
                        .map(UserSummary::id)
                        .toList(),
                "selection.notice.objectionLodged",
                "/rounds/" + roundId + "#objection-" + lodged.id(),
                organizations
                                .find(nomination.organizationId())
                                .map(OrganizationProfile::name)
                                .orElse("") + " · " + nomination.title()));
        return reference;
    }

    /**
     * The disposition of an objection, for whoever holds its reference and the telephone given with it (both must
     * match; the telephone is compared in constant time). Every attempt counts against the address's daily bound.
     *
     * @return empty when the reference and the telephone do not belong together (which one is wrong is not said)
     * @throws ObjectionRejected when the form is incomplete or the address has used up its look-ups today
     */
    @Transactional
    public Optional<ObjectionDisposition> lookUp(String reference, String telephone, String address) {
        List<ObjectionRejected.Problem> problems = new ArrayList<>();
        String normalised = ObjectionReference.normalise(reference);
        if (normalised == null) {
            problems.add(new ObjectionRejected.Problem("reference", "selection.lookup.error.reference"));
        }
        if (Telephone.digits(telephone) == null) {
            problems.add(new ObjectionRejected.Problem("telephone", "selection.objection.error.telephone"));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejected(problems);
        }
        Instant since = startOfDay();
        if (lookups.countSince(address, since) >= settings.lookupsPerDay()) {
            throw new ObjectionRejected("selection.lookup.error.tooMany", settings.lookupsPerDay());
        }
        lookups.deleteBefore(since.minus(Duration.ofDays(1)));
        lookups.save(new ObjectionLookup(address, clock.instant()));
        Optional<Objection> found = objections.findByReference(normalised);
        // compare a telephone even when the reference is unknown, so both refusals take the same time
        boolean matches =
                found.isPresent() ? found.get().lodgedWith(telephone) : Telephone.same("00000000000", telephone);
        return matches && found.isPresent() ? found.map(Objection::toDisposition) : Optional.empty();
    }

    private StoredFile storeEvidence(MultipartFile evidence) {
        try {
            return store.store(evidence);
        } catch (AttachmentRejected rejected) {
            throw new ObjectionRejected(
                    List.of(new ObjectionRejected.Problem("file", rejected.messageKey(), rejected.arguments())));
        }
    }

    private String newReference() {
        String reference = ObjectionReference.next();
        while (objections.existsByReference(reference)) {
            reference = ObjectionReference.next();
        }
        return reference;
    }

    private Instant startOfDay() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE))
                .atStartOfDay(PortalTime.ZONE)
                .toInstant();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
