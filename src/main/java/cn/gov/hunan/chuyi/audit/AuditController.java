package cn.gov.hunan.chuyi.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new AuditLog.Filter(from, to, actor, action, targetType, targetId);
        model.addAttribute("page", log.search(filter, PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("actions", log.actions());
        return "audit/list";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return "audit/verify";
    }

    /** The filtered rows as CSV (UTF-8 with a byte-order mark, so that Excel on a Chinese desktop reads it). */
    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            Locale locale) throws IOException {
        var rows = log.search(new AuditLog.Filter(from, to, actor, action, targetType, targetId),
                PageRequest.of(0, CSV_LIMIT, Sort.by(Sort.Direction.ASC, "id")));
        var out = new StringWriter();
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                text("audit.field.id", locale), text("audit.field.at", locale), text("audit.field.actor", locale),
                text("audit.field.ip", locale), text("audit.field.action", locale), text("audit.field.targetType", locale),
                text("audit.field.targetId", locale), text("audit.field.outcome", locale), text("audit.field.details", locale))
                .get())) {
            for (AuditView row : rows) {
                csv.printRecord(row.id(), row.at().format(format), row.actor(), row.actorIp(), row.action(), row.targetType(),
                        row.targetId(), row.outcome(), row.details());
            }
        }
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-log.csv").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
