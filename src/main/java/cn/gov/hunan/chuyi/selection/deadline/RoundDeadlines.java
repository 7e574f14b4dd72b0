package cn.gov.hunan.chuyi.selection.deadline;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.review.ReviewAssignment;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of the selection rounds, for the reminder job: the nomination window closing (the school
 * administrators of every organisation with a draft in an open round), refiling a returned nomination (its school's
 * administrators, due at the city deadline, after which the school may no longer resubmit), the city recommendation
 * deadline (the city officers of every city with submitted, undecided nominations), the expert review due (the experts with unsubmitted
 * score sheets) and the end of the 公示 (the province staff, who close the round or handle objections). At most six
 * statements whatever the number of rounds: the rounds, their nominations, their open score sheets and one list of
 * accounts per role concerned.
 */
@Component
@Transactional(readOnly = true)
class RoundDeadlines implements DeadlineSource {

    static final String NOMINATION_WINDOW = "selection.deadline.nominationWindow";
    /** A returned nomination is refiled until the city deadline ({@code Round.acceptsResubmission}). */
    static final String RESUBMISSION = "selection.deadline.resubmission";

    static final String CITY_RECOMMENDATION = "selection.deadline.cityRecommendation";
    static final String EXPERT_REVIEW = "selection.deadline.expertReview";
    static final String PUBLICITY_END = "selection.deadline.publicityEnd";

    private static final EnumSet<RoundStatus> CHASED =
            EnumSet.of(RoundStatus.OPEN, RoundStatus.CITY_REVIEW, RoundStatus.EXPERT_REVIEW, RoundStatus.PUBLICITY);

    private final DeadlineQueries queries;
    private final AccountDirectory accounts;

    RoundDeadlines(DeadlineQueries queries, AccountDirectory accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public List<Deadline> openDeadlines(Instant from, Instant to) {
        List<DeadlineQueries.RoundDates> rounds = queries.rounds(CHASED);
        List<DeadlineQueries.RoundDates> closing = rounds.stream()
                .filter(r -> r.getStatus() == RoundStatus.OPEN && within(r.getNominationClosesAt(), from, to))
                .toList();
        List<DeadlineQueries.RoundDates> recommending = rounds.stream()
                .filter(r -> (r.getStatus() == RoundStatus.OPEN || r.getStatus() == RoundStatus.CITY_REVIEW)
                        && within(r.getCityDeadline(), from, to))
                .toList();
        List<DeadlineQueries.RoundDates> reviewing = rounds.stream()
                .filter(r -> r.getStatus() == RoundStatus.EXPERT_REVIEW && within(r.getReviewEndsAt(), from, to))
                .toList();
        List<DeadlineQueries.RoundDates> publicity = rounds.stream()
                .filter(r -> r.getStatus() == RoundStatus.PUBLICITY && within(r.getPublicityEndsAt(), from, to))
                .toList();

        List<Deadline> deadlines = new ArrayList<>();
        if (!closing.isEmpty() || !recommending.isEmpty()) {
            List<Long> roundIds = ids(closing, recommending);
            Map<Long, DeadlineQueries.RoundDates> byId =
                    rounds.stream().collect(Collectors.toMap(DeadlineQueries.RoundDates::getId, Function.identity()));
            List<DeadlineQueries.NominationLine> lines = queries.nominations(
                    roundIds,
                    EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED, NominationStatus.SUBMITTED));
            Map<Long, List<Long>> schools = closing.isEmpty() && recommending.isEmpty()
                    ? Map.of()
                    : byOrganization(accounts.withRole(Role.SCHOOL_ADMIN));
            if (!closing.isEmpty()) {
                List<Long> closingIds = ids(closing, List.of());
                for (var n : lines) {
                    if (n.getStatus() == NominationStatus.DRAFT && closingIds.contains(n.getRoundId())) {
                        var round = byId.get(n.getRoundId());
                        add(
                                deadlines,
                                Deadline.open(
                                        NOMINATION_WINDOW,
                                        DeadlineLinks.nomination(n.getId()),
                                        round.getTitle(),
                                        round.getNominationClosesAt(),
                                        schools.getOrDefault(n.getOrganizationId(), List.of())));
                    }
                }
            }
            if (!recommending.isEmpty()) {
                List<Long> recommendingIds = ids(recommending, List.of());
                for (var n : lines) {
                    if (n.getStatus() == NominationStatus.RETURNED && recommendingIds.contains(n.getRoundId())) {
                        var round = byId.get(n.getRoundId());
                        add(
                                deadlines,
                                Deadline.open(
                                        RESUBMISSION,
                                        DeadlineLinks.nomination(n.getId()),
                                        round.getTitle(),
                                        round.getCityDeadline(),
                                        schools.getOrDefault(n.getOrganizationId(), List.of())));
                    }
                }
                Map<String, List<Long>> officers = accounts.withRole(Role.CITY_OFFICER).stream()
                        .filter(u -> u.cityCode() != null)
                        .collect(Collectors.groupingBy(
                                UserSummary::cityCode, Collectors.mapping(UserSummary::id, Collectors.toList())));
                for (var round : recommending) {
                    List<Long> recipients = lines.stream()
                            .filter(n -> n.getRoundId() == round.getId() && n.getStatus() == NominationStatus.SUBMITTED)
                            .map(DeadlineQueries.NominationLine::getCityCode)
                            .filter(Objects::nonNull)
                            .distinct()
                            .flatMap(city -> officers.getOrDefault(city, List.of()).stream())
                            .toList();
                    add(
                            deadlines,
                            Deadline.open(
                                    CITY_RECOMMENDATION,
                                    DeadlineLinks.cityRecommendation(round.getId()),
                                    round.getTitle(),
                                    round.getCityDeadline(),
                                    recipients));
                }
            }
        }
        if (!reviewing.isEmpty()) {
            Map<Long, List<Long>> experts =
                    queries.unsubmittedReviews(ids(reviewing, List.of()), ReviewAssignment.Status.ASSIGNED).stream()
                            .collect(Collectors.groupingBy(
                                    DeadlineQueries.ExpertLine::getRoundId,
                                    Collectors.mapping(DeadlineQueries.ExpertLine::getExpertId, Collectors.toList())));
            for (var round : reviewing) {
                add(
                        deadlines,
                        Deadline.open(
                                EXPERT_REVIEW,
                                DeadlineLinks.expertReview(round.getId()),
                                round.getTitle(),
                                round.getReviewEndsAt(),
                                experts.getOrDefault(round.getId(), List.of())));
            }
        }
        if (!publicity.isEmpty()) {
            List<Long> staff = accounts.withRole(Role.PROVINCE_ADMIN).stream()
                    .map(UserSummary::id)
                    .toList();
            for (var round : publicity) {
                add(
                        deadlines,
                        Deadline.open(
                                PUBLICITY_END,
                                DeadlineLinks.publicityEnd(round.getId()),
                                round.getTitle(),
                                round.getPublicityEndsAt(),
                                staff));
            }
        }
        return deadlines;
    }

    private static void add(List<Deadline> deadlines, Deadline deadline) {
        if (!deadline.recipients().isEmpty()) {
            deadlines.add(deadline);
        }
    }

    private static boolean within(Instant due, Instant from, Instant to) {
        return due != null && !due.isBefore(from) && due.isBefore(to);
    }

    private static List<Long> ids(List<DeadlineQueries.RoundDates> a, List<DeadlineQueries.RoundDates> b) {
        return Stream.concat(a.stream(), b.stream())
                .map(DeadlineQueries.RoundDates::getId)
                .distinct()
                .toList();
    }

    private static Map<Long, List<Long>> byOrganization(List<UserSummary> users) {
        return users.stream()
                .filter(u -> u.organizationId() != null)
                .collect(Collectors.groupingBy(
                        UserSummary::organizationId, Collectors.mapping(UserSummary::id, Collectors.toList())));
    }
}
