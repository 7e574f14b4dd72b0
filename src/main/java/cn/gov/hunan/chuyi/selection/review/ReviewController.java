package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.nomination.NominationAttachments;
import cn.gov.hunan.chuyi.selection.nomination.NominationService;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
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

/** An expert's assignments (评审任务): only the expert's own; scores of other experts are never shown. */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasRole('EXPERT')")
class ReviewController {

    private final ReviewService reviews;
    private final NominationService nominations;
    private final NominationAttachments attachments;

    ReviewController(ReviewService reviews, NominationService nominations, NominationAttachments attachments) {
        this.reviews = reviews;
        this.nominations = nominations;
        this.attachments = attachments;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long round,
            @AuthenticationPrincipal PortalUser expert,
            Model model) {
        // ?round= narrows the list to one round's score sheets (the expert-review reminder links here)
        model.addAttribute("page", reviews.tasksOf(expert, round, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("roundFilter", round);
        return "selection/review/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser expert, Model model) {
        return form(reviews.task(id, expert), expert, model);
    }

    private String form(ReviewTask task, PortalUser expert, Model model) {
        model.addAttribute("task", task);
        if (!task.withdrawn()) {
            model.addAttribute("nomination", nominations.get(task.nominationId(), expert));
            model.addAttribute("fields", nominations.fieldSetOf(task.roundId()));
            model.addAttribute("attachments", attachments.attachments(task.nominationId(), expert));
        }
        return "selection/review/form";
    }

    /**
     * Saves the scores ({@code action=save}) or submits them ({@code action=submit}, then locked). Scores come
     * as {@code score_<criterionId>} and {@code comment_<criterionId>}.
     */
    @PostMapping("/{id}")
    String score(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam long version,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser expert,
            Model model,
            RedirectAttributes redirect) {
        ReviewTask task = reviews.task(id, expert);
        Map<Long, Score> scores = new HashMap<>();
        ReviewRejected unreadable = null;
        for (var criterion : task.criteria()) {
            String raw = params.get("score_" + criterion.id());
            String comment = params.get("comment_" + criterion.id());
            BigDecimal value = parse(raw);
            if (raw != null && !raw.isBlank() && value == null && unreadable == null) {
                unreadable = new ReviewRejected("selection.review.error.number", criterion.name());
            }
            scores.put(criterion.id(), new Score(value, comment == null || comment.isBlank() ? null : comment.strip()));
        }
        boolean submit = "submit".equals(action);
        try {
            if (unreadable != null) {
                throw unreadable;
            }
            // submitted scores are locked: ask first (after the numbers were read, so a typo is shown, not asked about)
            ConfirmationRequired.unless(!submit || confirmed, "selection.review.confirmSubmit", task.nominationTitle());
            reviews.score(id, scores, submit, version, expert);
        } catch (ReviewRejected refused) {
            // show the form again with what was typed and why it was refused
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorArgs", refused.arguments());
            return form(task.withScores(scores), expert, model);
        }
        redirect.addFlashAttribute("success", submit ? "selection.review.submitted" : "selection.review.saved");
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/{id}/conflict")
    String declareConflict(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser expert,
            RedirectAttributes redirect) {
        reviews.declareConflict(id, reason, expert);
        redirect.addFlashAttribute("success", "selection.review.conflictDeclared");
        return "redirect:/reviews";
    }

    private static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
