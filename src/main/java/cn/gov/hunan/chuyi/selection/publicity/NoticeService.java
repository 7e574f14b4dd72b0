package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity (公示): the public notices of selected nominations — during the period and for good afterwards, with
 * their outcome. A notice is built from its round's data each time it is read.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private static final EnumSet<NominationStatus> ON_THE_NOTICE =
            EnumSet.of(NominationStatus.SELECTED, NominationStatus.DESIGNATED, NominationStatus.REMOVED);

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final OrganizationDirectory organizations;
    private final ProgramCatalogue programs;
    private final Clock clock;

    NoticeService(
            RoundRepository rounds,
            NominationRepository nominations,
            OrganizationDirectory organizations,
            ProgramCatalogue programs,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.organizations = organizations;
        this.programs = programs;
        this.clock = clock;
    }

    /** The notices in their publicity period now, the one ending first on top. */
    public List<PublicNotice.Entry> currentNotices() {
        return rounds.findByStatus(RoundStatus.PUBLICITY).stream()
                .filter(Round::hasPublicNotice)
                .map(Round::toNoticeEntry)
                .sorted(Comparator.comparing(PublicNotice.Entry::endsAt))
                .toList();
    }

    /** The notices whose round has closed (or was cancelled after the notice), newest first. */
    public Page<PublicNotice.Entry> pastNotices(int page, int size) {
        var request = PageRequest.of(
                Math.max(page, 0),
                size,
                Sort.by(Sort.Direction.DESC, "publicityStartsAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return rounds.findPastNotices(request).map(Round::toNoticeEntry);
    }

    /** A page of past notices grouped by the year their period started. */
    public List<PublicNotice.YearGroup> byYear(Page<PublicNotice.Entry> page) {
        return PublicNotice.byYear(page.getContent());
    }

    /** A notice, from its round's data; 404 for a round whose notice never went up. */
    public PublicNotice notice(long roundId) {
        Round round = publicRound(roundId);
        Instant now = clock.instant();
        var listed = nominations.findByRoundIdAndStatusIn(roundId, ON_THE_NOTICE).stream()
                .sorted(Comparator.comparing(Nomination::id))
                .toList();
        var names = organizations.findAll(
                listed.stream().map(Nomination::organizationId).collect(Collectors.toSet()));
        var lines = listed.stream()
                .map(n -> new PublicNotice.Line(
                        n.id(),
                        n.title(),
                        names.get(n.organizationId()).name(),
                        n.cityCode(),
                        n.tier(),
                        n.status() == NominationStatus.REMOVED,
                        n.status() == NominationStatus.DESIGNATED))
                .toList();
        RoundSummary summary = round.toSummary();
        return new PublicNotice(
                roundId,
                summary.title(),
                programs.get(round.programCode()),
                summary.year(),
                summary.publicityStartsLocal(),
                summary.publicityEndsLocal(),
                round.decisionMeeting(),
                round.decisionDate(),
                round.acceptsObjections(now),
                round.status() == RoundStatus.PUBLICITY && round.isPublicityOver(now),
                round.status() == RoundStatus.CLOSED,
                round.status() == RoundStatus.CANCELLED,
                lines);
    }

    Round publicRound(long roundId) {
        return rounds.findById(roundId)
                .filter(Round::hasPublicNotice)
                .orElseThrow(() -> new NotFoundException("round", roundId));
    }
}
