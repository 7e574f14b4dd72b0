package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity (公示): the public list of selected nominations while a round is in its publicity period, and
 * the objections (异议) lodged against them. The objector's identity is shown only to province staff.
 */
@Service
@Transactional(readOnly = true)
public class PublicityService {

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final OrganizationDirectory organizations;
    private final SelectionHistory history;
    private final cn.gov.hunan.chuyi.attachment.AttachmentStore store;
    private final Clock clock;

    PublicityService(RoundRepository rounds, NominationRepository nominations, ObjectionRepository objections,
            OrganizationDirectory organizations, SelectionHistory history,
            cn.gov.hunan.chuyi.attachment.AttachmentStore store, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.organizations = organizations;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** A line of the public list. */
    public record PublicLine(long nominationId, String title, String organizationName, String cityCode, String tier) {}

    public List<RoundSummary> roundsInPublicity() {
        return rounds.findByStatus(RoundStatus.PUBLICITY).stream().map(Round::toSummary).toList();
    }

    public RoundSummary publicRound(long roundId) {
        return inPublicity(roundId).toSummary();
    }

    public List<PublicLine> selected(long roundId) {
        inPublicity(roundId);
        var selected = nominations.findByRoundIdAndStatusIn(roundId, EnumSet.of(NominationStatus.SELECTED));
        var names = organizations.findAll(selected.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        return selected.stream()
                .map(n -> new PublicLine(n.id(), n.title(), names.get(n.organizationId()).name(), n.cityCode(), n.tier()))
                .toList();
    }

    /** Lodges an objection in writing under a real name; only while the publicity period runs. */
    @Transactional
    public void lodge(long roundId, long nominationId, String name, String contact, String reason,
            org.springframework.web.multipart.MultipartFile evidence, PortalUser objector) {
        // in writing, under a real name or a unit's, with contact details (the province's notices)
        if (isBlank(name) || isBlank(contact) || isBlank(reason) || name.length() > 100 || contact.length() > 100
                || reason.length() > 2000) {
            throw new IllegalTransitionException("selection.objection.error.incomplete");
        }
        Round round = inPublicity(roundId);
        if (!clock.instant().isBefore(round.publicityEndsAt())) {
            throw new IllegalTransitionException("selection.objection.error.periodOver");
        }
        Nomination n = nominations.findById(nominationId)
                .filter(x -> x.roundId() == roundId && x.status() == NominationStatus.SELECTED)
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
        var objection = new Objection(roundId, n.id(), objector.id(), name.strip(), contact.strip(), reason.strip(),
                clock.instant());
        if (evidence != null && !evidence.isEmpty()) {
            objection.attachEvidence(store.store(evidence));
        }
        objections.save(objection);
    }

    public List<ObjectionView> objections(long roundId) {
        List<Objection> all = objections.findByRoundIdOrderById(roundId);
        var titles = nominations.findAllById(all.stream().map(Objection::nominationId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Nomination::id, Nomination::title));
        return all.stream().map(o -> o.toView(titles.get(o.nominationId()))).toList();
    }

    /** An objection's evidence file, for the staff who handle objections. */
    public Evidence evidence(long roundId, long objectionId) {
        Objection objection = objections.findById(objectionId)
                .filter(o -> o.roundId() == roundId && o.evidenceKey() != null)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        return new Evidence(objection.evidenceName(), objection.evidenceType(), store.open(objection.evidenceKey()));
    }

    /** A file and its bytes. */
    public record Evidence(String name, String contentType, org.springframework.core.io.Resource content) {}

    /** Records the disposition; an upheld objection removes the nomination and frees its quota slot. */
    @Transactional
    public void resolve(long objectionId, boolean upheld, String disposition, PortalUser admin) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        objection.resolve(upheld, disposition, admin.getUsername(), clock.instant());
        if (upheld) {
            Nomination n = nominations.findById(objection.nominationId()).orElseThrow();
            if (n.status() == NominationStatus.SELECTED) {
                NominationStatus from = n.move(Transitions.NominationMove.REMOVE, Role.PROVINCE_ADMIN);
                history.nomination(n, from, admin.getUsername(), disposition);
                rounds.releaseQuotaSlot(n.roundId());
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private Round inPublicity(long roundId) {
        return rounds.findById(roundId)
                .filter(r -> r.status() == RoundStatus.PUBLICITY)
                .orElseThrow(() -> new NotFoundException("round", roundId));
    }
}
