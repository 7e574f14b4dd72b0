package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** A task's opinion: preliminary opinion, reply, final version, the issued 督导意见书 with its print view and PDF. */
@Controller
@RequestMapping("/supervision/tasks/{id}/opinion")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class OpinionController {

    private final OpinionService opinions;
    private final OpinionDocuments documents;

    OpinionController(OpinionService opinions, OpinionDocuments documents) {
        this.opinions = opinions;
        this.documents = documents;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", opinions.page(id, viewer));
        return "supervision/opinion/detail";
    }

    @PostMapping("/preliminary")
    @PreAuthorize("hasRole('INSPECTOR')")
    String preliminary(
            @PathVariable long id,
            @RequestParam(required = false) String preliminary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal PortalUser lead,
            RedirectAttributes redirect) {
        if (replyBy == null) {
            throw new OpinionRejected("supervision.opinion.error.replyBy").at("replyBy");
        }
        opinions.recordPreliminary(id, preliminary, replyBy, version, lead);
        redirect.addFlashAttribute("success", "supervision.opinion.recorded");
        return "redirect:/supervision/tasks/" + id + "/opinion";
    }

    /** The reply is submitted once: it asks for confirmation. */
    @PostMapping("/reply")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String reply(
            @PathVariable long id,
            @RequestParam(required = false) String reply,
            @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser body,
            RedirectAttributes redirect) {
        var page = opinions.page(id, body);
        if (Text.blankToNull(reply) == null) {
            throw new OpinionRejected("supervision.opinion.error.reply").at("reply");
        }
        ConfirmationRequired.unless(
                confirmed, "supervision.opinion.confirmReply", page.task().subjectName());
        opinions.reply(id, reply, version, body);
        redirect.addFlashAttribute("success", "supervision.opinion.repliedSaved");
        return "redirect:/supervision/tasks/" + id + "/opinion";
    }

    @PostMapping("/finalise")
    @PreAuthorize("hasRole('INSPECTOR')")
    String finalise(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser lead,
            RedirectAttributes redirect) {
        var page = opinions.page(id, lead);
        ConfirmationRequired.unless(
                confirmed, "supervision.opinion.confirmFinalise", page.task().subjectName());
        opinions.finalise(id, version, lead);
        redirect.addFlashAttribute("success", "supervision.opinion.finalisedSaved");
        return "redirect:/supervision/tasks/" + id + "/opinion";
    }

    /** Issues the 意见书: {@code deadline_<findingId>} per finding (限期整改), number, evaluation; irreversible. */
    @PostMapping("/issue")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String issue(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var page = opinions.page(id, admin);
        // a map of every posted field is not bound through the trimming editor: Text trims it here
        String number = Text.blankToNull(params.get("documentNumber"));
        String evaluation = Text.blankToNull(params.get("evaluation"));
        if (number == null) {
            throw new OpinionRejected("supervision.opinion.error.number").at("documentNumber");
        }
        if (evaluation == null) {
            throw new OpinionRejected("supervision.opinion.error.evaluation").at("evaluation");
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        for (var item : page.items()) {
            String raw = Text.blankToNull(params.get("deadline_" + item.findingId()));
            if (raw != null) {
                try {
                    deadlines.put(item.findingId(), LocalDate.parse(raw));
                } catch (DateTimeParseException e) {
                    throw new OpinionRejected("supervision.opinion.error.deadline", item.category())
                            .at("deadline_" + item.findingId());
                }
            }
        }
        Long version = null;
        String rawVersion = Text.blankToNull(params.get("version"));
        if (rawVersion != null && rawVersion.matches("\\d{1,18}")) {
            version = Long.valueOf(rawVersion);
        }
        ConfirmationRequired.unless(
                confirmed,
                "supervision.opinion.confirmIssue",
                number,
                page.task().subjectName(),
                page.items().size());
        opinions.issue(id, number, evaluation, deadlines, version, admin);
        redirect.addFlashAttribute("success", "supervision.opinion.issuedSaved");
        return "redirect:/supervision/tasks/" + id + "/opinion";
    }

    /** The issued 意见书 in the department's layout, for printing. */
    @GetMapping("/print")
    String print(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", opinions.document(id, viewer));
        return "supervision/opinion/print";
    }

    /** The same document as a PDF. */
    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        var page = opinions.document(id, viewer);
        String name = page.opinion().documentNumber() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.pdf(page, locale));
    }
}
