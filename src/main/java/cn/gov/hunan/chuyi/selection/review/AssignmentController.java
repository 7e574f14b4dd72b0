package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Province staff's side of expert review: the experts of each nomination, by hand or automatically. */
@Controller
@RequestMapping("/rounds/{id}")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class AssignmentController {

    private final RoundService rounds;
    private final AssignmentService reviews;

    AssignmentController(RoundService rounds, AssignmentService reviews) {
        this.rounds = rounds;
        this.reviews = reviews;
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
    String assign(
            @PathVariable long id,
            @RequestParam long nominationId,
            @RequestParam long expertId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        reviews.assign(nominationId, expertId, admin);
        redirect.addFlashAttribute("success", "selection.review.assigned");
        return "redirect:/rounds/" + id + "/assignments";
    }

    @PostMapping("/assignments/{assignmentId}/delete")
    String unassign(
            @PathVariable long id,
            @PathVariable long assignmentId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        reviews.unassign(assignmentId, admin);
        redirect.addFlashAttribute("success", "selection.review.unassigned");
        return "redirect:/rounds/" + id + "/assignments";
    }
}
