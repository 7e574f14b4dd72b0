package cn.gov.hunan.chuyi.selection.decision;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.review.ReviewService;
import cn.gov.hunan.chuyi.selection.review.ReviewWorkbook;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Province staff's decision (审定): the ranking, its workbook, and the decision under the quota. */
@Controller
@RequestMapping("/rounds/{id}")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class DecisionController {

    private final RoundService rounds;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final RankingWorkbook exports;
    private final ReviewWorkbook reviewBook;

    DecisionController(
            RoundService rounds,
            ReviewService reviews,
            DecisionService decisions,
            RankingWorkbook exports,
            ReviewWorkbook reviewBook) {
        this.reviewBook = reviewBook;
        this.rounds = rounds;
        this.reviews = reviews;
        this.decisions = decisions;
        this.exports = exports;
    }

    @GetMapping("/ranking")
    String ranking(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        var page = RankingPage.of(rounds.get(id, admin), reviews.ranking(id));
        model.addAttribute("page", page);
        model.addAttribute("round", page.round());
        model.addAttribute("ranking", page.ranking());
        model.addAttribute("proposal", page.proposal());
        return "selection/round/ranking";
    }

    @GetMapping("/ranking.xlsx")
    ResponseEntity<byte[]> rankingWorkbook(
            @PathVariable long id, @AuthenticationPrincipal PortalUser admin, Locale locale) {
        var round = rounds.get(id, admin);
        return exports.ranking(round, reviews.ranking(id), locale).download("ranking-" + id + ".xlsx");
    }

    /** The full review workbook (every expert's score and comment per criterion), the sheet the committee signs. */
    @GetMapping("/review.xlsx")
    ResponseEntity<byte[]> reviewWorkbook(
            @PathVariable long id, @AuthenticationPrincipal PortalUser admin, Locale locale) {
        var round = rounds.get(id, admin);
        if (!round.status().hasRanking()) {
            throw new NotFoundException("round", id);
        }
        return reviewBook.workbook(id, locale).download("review-" + id + ".xlsx");
    }

    /**
     * The decision: {@code selected} ids, {@code reason_<id>} for departures from rank order, {@code tier_<id>}
     * where tiers are used, and the meeting.
     */
    @PostMapping("/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> selected,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) String meeting,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
            @RequestParam(required = false) String minutes,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        Set<Long> chosen = selected == null ? Set.of() : new HashSet<>(selected);
        var round = rounds.get(id, admin);
        long underReview = rounds.nominationCounts(id).getOrDefault(NominationStatus.UNDER_REVIEW, 0L);
        ConfirmationRequired.unless(
                confirmed,
                "selection.decision.confirmCount",
                round.title(),
                chosen.size(),
                Math.max(underReview - chosen.size(), 0));
        Map<Long, String> reasons = new HashMap<>();
        Map<Long, String> tiers = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("reason_")) {
                reasons.put(nominationOf(key, 7), value);
            } else if (key.startsWith("tier_")) {
                tiers.put(nominationOf(key, 5), value);
            }
        });
        decisions.decide(id, new Decision(chosen, reasons, tiers, meeting, meetingDate, minutes), version, admin);
        redirect.addFlashAttribute("success", "selection.decision.saved");
        return "redirect:/rounds/" + id;
    }

    /** The nomination id a per-nomination field names; a name the form never writes is a malformed request. */
    private static long nominationOf(String field, int prefixLength) {
        String id = field.substring(prefixLength);
        if (!id.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed decision field " + field);
        }
        return Long.parseLong(id);
    }
}
