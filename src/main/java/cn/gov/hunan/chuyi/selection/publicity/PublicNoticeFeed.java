package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.selection.PublicNotices;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public notices for other modules ({@link PublicNotices}): the public pages' data, as plain records. */
@Service
@Transactional(readOnly = true)
class PublicNoticeFeed implements PublicNotices {

    private final NoticeService notices;
    private final RoundRepository rounds;

    PublicNoticeFeed(NoticeService notices, RoundRepository rounds) {
        this.notices = notices;
        this.rounds = rounds;
    }

    @Override
    public NoticeList notices(int page, int size) {
        var current = notices.currentNotices();
        var past = notices.pastNotices(page, size);
        // the programme of each round listed, in one statement
        Map<Long, String> programs = rounds
                .findAllById(Stream.concat(current.stream(), past.getContent().stream())
                        .map(PublicNotice.Entry::roundId)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Round::id, Round::programCode));
        Function<PublicNotice.Entry, Notice> toNotice = e -> new Notice(
                e.roundId(), e.title(), programs.get(e.roundId()), e.year(), e.startsAt(), e.endsAt(), e.current());
        return new NoticeList(
                current.stream().map(toNotice).toList(),
                past.getContent().stream().map(toNotice).toList(),
                page,
                size,
                past.getTotalElements());
    }

    @Override
    public Detail notice(long roundId) {
        PublicNotice n = notices.notice(roundId);
        String outcome =
                n.cancelled() ? "CANCELLED" : n.closed() ? "CLOSED" : n.periodOver() ? "PERIOD_OVER" : "IN_PUBLICITY";
        List<Listed> listed = n.lines().stream()
                .map(l -> new Listed(
                        l.nominationId(),
                        l.title(),
                        l.organizationName(),
                        l.cityCode(),
                        l.tier(),
                        l.removed(),
                        l.designated()))
                .toList();
        return new Detail(
                new Notice(
                        n.roundId(),
                        n.title(),
                        n.program().code(),
                        n.year(),
                        n.startsAt(),
                        n.endsAt(),
                        !n.closed() && !n.cancelled()),
                n.issuer(),
                n.meeting(),
                n.decisionDate(),
                outcome,
                listed);
    }
}
