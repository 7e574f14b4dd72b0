package cn.gov.hunan.chuyi.audit;

import cn.gov.hunan.chuyi.shared.CsvFile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for the audit administrator only: filter, page, export to CSV, verify the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    private static final int CSV_LIMIT = 100_000;

    private final AuditLog log;
    private final MessageSource messages;

    AuditController(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new AuditLog.Filter(from, to, actor, action, targetType, targetId);
        model.addAttribute(
                "page", log.search(filter, PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("actions", log.actions());
        // the filter bar keeps what was searched from here (Thymeleaf refuses ${param} in a fragment's arguments)
        model.addAttribute("filter", filter);
        return "audit/list";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return "audit/verify";
    }

    /** The filtered rows as CSV ({@link CsvFile}: UTF-8 with a byte-order mark, no cell read as a formula). */
    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            Locale locale) {
        var rows = log.search(
                new AuditLog.Filter(from, to, actor, action, targetType, targetId),
                PageRequest.of(0, CSV_LIMIT, Sort.by(Sort.Direction.ASC, "id")));
        var csv = new CsvFile(Stream.of(
                        "audit.field.id",
                        "audit.field.at",
                        "audit.field.actor",
                        "audit.field.ip",
                        "audit.field.action",
                        "audit.field.targetType",
                        "audit.field.targetId",
                        "audit.field.outcome",
                        "audit.field.details")
                .map(key -> text(key, locale))
                .toList());
        for (AuditView row : rows) {
            // the actor is whatever name was typed at a failed sign-in: CsvFile keeps it from becoming a formula
            csv.row(
                    row.id(),
                    row.at(),
                    row.actor(),
                    row.actorIp(),
                    row.action(),
                    row.targetType(),
                    row.targetId(),
                    row.outcome(),
                    row.details());
        }
        return csv.download("audit-log.csv");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
