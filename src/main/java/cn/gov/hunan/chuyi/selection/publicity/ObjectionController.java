package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Province staff's side of objections: the evidence, and the disposition of each objection. */
@Controller
@RequestMapping("/rounds/{id}")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ObjectionController {

    private final ObjectionService publicity;

    ObjectionController(ObjectionService publicity) {
        this.publicity = publicity;
    }

    /** The objection's evidence, always as a download under the type the portal detected. */
    @GetMapping("/objections/{objectionId}/evidence")
    ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable long objectionId) {
        var file = publicity.evidence(id, objectionId);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/objections/{objectionId}")
    String resolveObjection(
            @PathVariable long id,
            @PathVariable long objectionId,
            @RequestParam boolean upheld,
            @RequestParam(required = false) String disposition,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var objection = publicity.objections(id, admin).stream()
                .filter(o -> o.id() == objectionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        ConfirmationRequired.unless(
                confirmed,
                upheld ? "selection.objection.confirmUphold" : "selection.objection.confirmReject",
                objection.nominationTitle());
        publicity.resolve(id, objectionId, upheld, disposition, admin);
        redirect.addFlashAttribute("success", "selection.objection.resolved");
        return "redirect:/rounds/" + id;
    }
}
