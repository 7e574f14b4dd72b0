package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.Text;
import java.util.HashMap;
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

/** A school reports its figures for its city's inspection. */
@Controller
@RequestMapping("/supervision/data")
@PreAuthorize("hasRole('SCHOOL_ADMIN')")
class SchoolDataController {

    private final SchoolDataService schoolData;

    SchoolDataController(SchoolDataService schoolData) {
        this.schoolData = schoolData;
    }

    @GetMapping
    String requests(@AuthenticationPrincipal PortalUser school, Model model) {
        model.addAttribute("page", schoolData.page(school));
        return "supervision/task/school-data";
    }

    /** Figures as {@code num_<indicatorId>} and {@code den_<indicatorId>}. */
    @PostMapping("/{taskId}")
    String submit(
            @PathVariable long taskId,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        Map<Long, int[]> figures = new HashMap<>();
        params.forEach((key, value) -> {
            // a map of every posted field is not bound through the trimming editor: Text trims it here
            if (key.startsWith("num_") && !Text.isBlank(value)) {
                String den = Text.blankToNull(params.get("den_" + key.substring(4)));
                if (den == null) {
                    throw new TaskRejected("supervision.task.error.figures");
                }
                try {
                    figures.put(
                            Long.valueOf(key.substring(4)),
                            new int[] {Integer.parseInt(Text.blankToNull(value)), Integer.parseInt(den)});
                } catch (NumberFormatException e) {
                    throw new TaskRejected("supervision.task.error.figures");
                }
            }
        });
        schoolData.submit(taskId, figures, school);
        redirect.addFlashAttribute("success", "supervision.task.dataSaved");
        return "redirect:/supervision/data";
    }
}
