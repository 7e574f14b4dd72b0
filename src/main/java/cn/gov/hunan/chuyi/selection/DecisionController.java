package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Province staff's side of review and decision: experts per nomination, the ranking, the decision, objections. */
@Controller
@RequestMapping("/rounds/{id}")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class DecisionController {

    private final RoundService rounds;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final PublicityService publicity;
    private final SelectionExports exports;

    DecisionController(RoundService rounds, ReviewService reviews, DecisionService decisions, PublicityService publicity,
            SelectionExports exports) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.decisions = decisions;
        this.publicity = publicity;
        this.exports = exports;
    }

    @GetMapping("/assignments")
    String assignments(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("round", rounds.get(id, admin));
        List<AssignmentLine> lines = reviews.assignmentsOf(id);
        model.addAttribute("lines", lines);
        Map<Long, Object> candidates = new HashMap<>();
        lines.forEach(l -> candidates.put(l.nominationId(), reviews.candidatesFor(l.nominationId())));
        model.addAttribute("candidates", candidates);
        return "selection/round/assignments";
    }

    @PostMapping("/assignments/auto")
    String autoAssign(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        int added = reviews.autoAssign(id, admin);
        redirect.addFlashAttribute("success", "selection.review.autoAssigned");
        redirect.addFlashAttribute("successArgs", new Object[] {added});
        return "redirect:/rounds/" + id + "/assignments";
    }

    @PostMapping("/assignments")
    String assign(@PathVariable long id, @RequestParam long nominationId, @RequestParam long expertId,
            @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        reviews.assign(nominationId, expertId, admin);
        redirect.addFlashAttribute("success", "selection.review.assigned");
        return "redirect:/rounds/" + id + "/assignments";
    }

    @PostMapping("/assignments/{assignmentId}/delete")
    String unassign(@PathVariable long id, @PathVariable long assignmentId, @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        reviews.unassign(assignmentId, admin);
        redirect.addFlashAttribute("success", "selection.review.unassigned");
        return "redirect:/rounds/" + id + "/assignments";
    }

    @GetMapping("/ranking")
    String ranking(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        var round = rounds.get(id, admin);
        var ranking = reviews.ranking(id);
        model.addAttribute("round", round);
        model.addAttribute("ranking", ranking);
        model.addAttribute("proposal", DecisionService.proposal(ranking, round.quota()));
        return "selection/round/ranking";
    }

    @GetMapping("/ranking.xlsx")
    ResponseEntity<byte[]> rankingWorkbook(@PathVariable long id,
            @AuthenticationPrincipal PortalUser admin, Locale locale) {
        var round = rounds.get(id, admin);
        return exports.ranking(round, reviews.ranking(id), locale).download("ranking-" + id + ".xlsx");
    }

    /**
     * The decision: {@code selected} ids, {@code reason_<id>} for departures from rank order, {@code tier_<id>}
     * where tiers are used, and the meeting.
     */
    @PostMapping("/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) List<Long> selected,
            @RequestParam Map<String, String> params, @RequestParam(required = false) String meeting,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
            @RequestParam(required = false) String minutes, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        Set<Long> chosen = selected == null ? Set.of() : new HashSet<>(selected);
        var round = rounds.get(id, admin);
        long underReview = rounds.nominationCounts(id).getOrDefault(NominationStatus.UNDER_REVIEW, 0L);
        ConfirmationRequired.unless(confirmed, "selection.decision.confirmCount", round.title(), chosen.size(),
                Math.max(underReview - chosen.size(), 0));
        Map<Long, String> reasons = new HashMap<>();
        Map<Long, String> tiers = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("reason_")) {
                reasons.put(Long.valueOf(key.substring(7)), value);
            } else if (key.startsWith("tier_")) {
                tiers.put(Long.valueOf(key.substring(5)), value);
            }
        });
        decisions.decide(id, new Decision(chosen, reasons, tiers, meeting, meetingDate, minutes), version, admin);
        redirect.addFlashAttribute("success", "selection.decision.saved");
        return "redirect:/rounds/" + id;
    }

    /** The objection's evidence, always as a download under the type the portal detected. */
    @GetMapping("/objections/{objectionId}/evidence")
    ResponseEntity<Resource> evidence(@PathVariable long id,
            @PathVariable long objectionId) {
        var file = publicity.evidence(id, objectionId);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/objections/{objectionId}")
    String resolveObjection(@PathVariable long id, @PathVariable long objectionId, @RequestParam boolean upheld,
            @RequestParam(required = false) String disposition, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        var objection = publicity.objections(id, admin).stream().filter(o -> o.id() == objectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        ConfirmationRequired.unless(confirmed, upheld ? "selection.objection.confirmUphold" : "selection.objection.confirmReject",
                objection.nominationTitle());
        publicity.resolve(id, objectionId, upheld, disposition, admin);
        redirect.addFlashAttribute("success", "selection.objection.resolved");
        return "redirect:/rounds/" + id;
    }
}
