package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.PublicityService;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of objections: who objected (for province staff only), the evidence, the disposition (an upheld
 * objection removes the nomination and frees its quota slot), and when a round in publicity may close.
 */
@Service
@Transactional(readOnly = true)
public class ObjectionService implements PublicityService {

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final OrganizationDirectory organizations;
    private final SelectionHistory history;
    private final AttachmentStore store;
    private final Clock clock;

    ObjectionService(
            RoundRepository rounds,
            NominationRepository nominations,
            ObjectionRepository objections,
            OrganizationDirectory organizations,
            SelectionHistory history,
            AttachmentStore store,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.organizations = organizations;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** The objections of a round with their objectors' identity: for province staff only, empty for anyone else. */
    public List<ObjectionView> objections(long roundId, PortalUser viewer) {
        if (viewer == null || !viewer.has(Role.PROVINCE_ADMIN)) {
            return List.of();
        }
        List<Objection> all = objections.findByRoundIdOrderById(roundId);
        List<Nomination> against = nominations.findAllById(
                all.stream().map(Objection::nominationId).collect(Collectors.toSet()));
        var names = organizations.findAll(
                against.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        // in a school programme every nomination has the programme's title: the school says which one it is
        var titles = against.stream()
                .collect(Collectors.toMap(
                        Nomination::id, n -> names.get(n.organizationId()).name() + " · " + n.title()));
        return all.stream().map(o -> o.toView(titles.get(o.nominationId()))).toList();
    }

    /**
     * When a round in publicity may close: once its period has ended and no objection is open. Null for a round
     * not in publicity. The rule itself is kept by {@link Round#move} and {@link RoundService#move}.
     */
    public Closing closing(RoundSummary round) {
        if (round.status() != RoundStatus.PUBLICITY) {
            return null;
        }
        long open = objections.countOpen(round.id());
        boolean periodOver = round.publicityEndsAt() != null && !clock.instant().isBefore(round.publicityEndsAt());
        return new Closing(periodOver && open == 0, round.publicityEndsLocal(), periodOver, open);
    }

    /** Whether, and from when, a round in publicity may be closed, for the round's page. */
    public record Closing(boolean mayClose, LocalDateTime closableFrom, boolean periodOver, long openObjections) {}

    /** Objections still waiting for a disposition, across all rounds (the department's dashboard). */
    @Override
    public long openObjections() {
        return objections.countAllOpen();
    }

    /** An objection's evidence file, for the staff who handle objections. */
    public Evidence evidence(long roundId, long objectionId) {
        Objection objection = objections
                .findById(objectionId)
                .filter(o -> o.roundId() == roundId && o.evidenceKey() != null)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        return new Evidence(objection.evidenceName(), objection.evidenceType(), store.open(objection.evidenceKey()));
    }

    /** A file and its bytes. */
    public record Evidence(String name, String contentType, Resource content) {}

    /** Records the disposition; an upheld objection removes the nomination and frees its quota slot. */
    @Transactional
    public void resolve(long roundId, long objectionId, boolean upheld, String disposition, PortalUser admin) {
        Objection objection = objections
                .findById(objectionId)
                .filter(o -> o.roundId() == roundId)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        objection.resolve(
                ObjectionMove.of(upheld), Role.PROVINCE_ADMIN, disposition, admin.getUsername(), clock.instant());
        if (upheld) {
            Nomination n = nominations.findById(objection.nominationId()).orElseThrow();
            if (n.status() == NominationStatus.SELECTED) {
                NominationStatus from = n.move(NominationMove.REMOVE, Role.PROVINCE_ADMIN);
                history.nomination(n, from, admin.getUsername(), disposition);
                rounds.releaseQuotaSlot(n.roundId());
            }
        }
    }
}
