package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Province staff choose the designated projects a task inspects. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class InspectedProjectsController {

    private final InspectedProjects projects;

    InspectedProjectsController(InspectedProjects projects) {
        this.projects = projects;
    }

    @PostMapping("/supervision/tasks/{id}/projects")
    String choose(
            @PathVariable long id,
            @RequestParam(name = "projects", required = false) List<Long> chosen,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        projects.choose(id, chosen == null ? Set.of() : Set.copyOf(chosen), admin);
        redirect.addFlashAttribute("success", "supervision.task.projectsSaved");
        return "redirect:/supervision/tasks/" + id;
    }
}
