package cn.gov.hunan.chuyi.supervision.bulletin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The issued bulletins, open to everyone ({@link BulletinPages}): the 通报 is the published 督导公报 of the procedure,
 * addressed to the cities and the public, so it names what it names in the open. Each page is the document itself,
 * laid out to print on A4.
 */
@Controller
@RequestMapping("/supervision/bulletins")
class PublicBulletinController {

    private final BulletinService bulletins;
    private final BulletinDocuments documents;

    PublicBulletinController(BulletinService bulletins, BulletinDocuments documents) {
        this.bulletins = bulletins;
        this.documents = documents;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("bulletins", bulletins.issued());
        return "supervision/bulletin/list";
    }

    @GetMapping("/{year}")
    String show(@PathVariable int year, Model model) {
        model.addAttribute("bulletin", bulletins.bulletin(year));
        return "supervision/bulletin/document";
    }

    /** The same document as a PDF, a download (never shown inline, nor sniffed as anything else). */
    @GetMapping("/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        BulletinView bulletin = bulletins.bulletin(year);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(bulletin.documentNumber() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.pdf(bulletin, locale));
    }
}
