package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.selection.round.Criterion;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's full review workbook, the sheet the review committee signs: for each nomination in ranking order one row
 * per expert (each criterion's score and comment, the weighted total), then the nomination's row with the final score
 * (the trimmed mean of {@link Scoring}), the spread and whether it is flagged; the signature lines at the end. In a
 * blind round the experts are 专家1, 专家2 … (numbered by id across the round, so one expert keeps one number).
 * Statements: the ranking's, the criteria, one for every assignment with its scores, one for the experts' names.
 */
@Component
@Transactional(readOnly = true)
public class ReviewWorkbook {

    private final ReviewService reviews;
    private final AssignmentRepository assignments;
    private final RoundRepository rounds;
    private final AccountDirectory accounts;
    private final MessageSource messages;

    ReviewWorkbook(
            ReviewService reviews,
            AssignmentRepository assignments,
            RoundRepository rounds,
            AccountDirectory accounts,
            MessageSource messages) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.rounds = rounds;
        this.accounts = accounts;
        this.messages = messages;
    }

    public Spreadsheet workbook(long roundId, Locale locale) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        List<RankingLine> ranking = reviews.ranking(roundId);
        List<Criterion> criteria = round.criteria();
        Map<Long, List<ReviewAssignment>> byNomination =
                assignments
                        .withScores(
                                ranking.stream().map(RankingLine::nominationId).toList())
                        .stream()
                        .filter(a -> a.status() != ReviewAssignment.Status.CONFLICT)
                        .sorted(Comparator.comparing(ReviewAssignment::expertId))
                        .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        Map<Long, String> experts = expertNames(byNomination, round.blindReview(), locale);

        List<String> header = new ArrayList<>(List.of(
                text("selection.reviewBook.rank", locale),
                text("selection.reviewBook.nomination", locale),
                text("selection.nomination.field.title", locale),
                text("project.field.organization", locale),
                text("selection.reviewBook.expert", locale),
                text("selection.reviewBook.submitted", locale)));
        for (Criterion c : criteria) {
            var line = c.toLine();
            header.add(messages.getMessage(
                    "selection.reviewBook.criterion",
                    new Object[] {
                        line.name(), line.maxScore().stripTrailingZeros().toPlainString()
                    },
                    locale));
            header.add(messages.getMessage("selection.reviewBook.comment", new Object[] {line.name()}, locale));
        }
        header.addAll(List.of(
                text("selection.reviewBook.total", locale),
                text("selection.reviewBook.final", locale),
                text("selection.export.spread", locale),
                text("selection.reviewBook.largeSpread", locale)));
        var sheet = new Spreadsheet(text("selection.reviewBook.title", locale)).header(header);

        for (RankingLine n : ranking) {
            for (ReviewAssignment a : byNomination.getOrDefault(n.nominationId(), List.of())) {
                List<Object> row = new ArrayList<>(Arrays.asList(
                        n.rank(),
                        n.nominationId(),
                        n.title(),
                        n.organizationName(),
                        experts.get(a.expertId()),
                        text(
                                a.status() == ReviewAssignment.Status.SUBMITTED
                                        ? "selection.reviewBook.yes"
                                        : "selection.reviewBook.no",
                                locale)));
                for (Criterion c : criteria) {
                    Score score = a.scores().get(c.id());
                    row.add(score == null ? null : score.value());
                    row.add(score == null ? null : score.comment());
                }
                row.add(a.total());
                sheet.row(row.toArray());
            }
            List<Object> summary = new ArrayList<>(List.of(
                    n.rank(),
                    n.nominationId(),
                    n.title(),
                    n.organizationName(),
                    text("selection.reviewBook.summary", locale),
                    ""));
            for (int i = 0; i < criteria.size() * 2; i++) {
                summary.add(null);
            }
            summary.add(null);
            summary.add(n.finalScore());
            summary.add(n.spread());
            summary.add(text(n.largeSpread() ? "selection.reviewBook.yes" : "selection.reviewBook.no", locale));
            sheet.row(summary.toArray());
        }
        sheet.row();
        sheet.row(text("selection.reviewBook.signature", locale));
        sheet.row(text("selection.reviewBook.date", locale));
        return sheet;
    }

    /** Each expert's name, or in a blind round 专家1, 专家2 … by id. */
    private Map<Long, String> expertNames(
            Map<Long, List<ReviewAssignment>> byNomination, boolean blind, Locale locale) {
        List<Long> ids = byNomination.values().stream()
                .flatMap(List::stream)
                .map(ReviewAssignment::expertId)
                .distinct()
                .sorted()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (blind) {
            for (int i = 0; i < ids.size(); i++) {
                names.put(
                        ids.get(i),
                        messages.getMessage("selection.reviewBook.blindExpert", new Object[] {i + 1}, locale));
            }
        } else {
            accounts.findAll(ids).forEach((id, user) -> names.put(id, user.displayName()));
        }
        return names;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
