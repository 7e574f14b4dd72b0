package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo only ({@code chuyi.demo.enabled}): the demo's nominations were filed by its migrations, without the sealed
 * page a submission now needs (issue #18), and a migration cannot put a file on disk. At start-up each filed nomination
 * without one gets a placeholder PDF marked as demo data, so that its page links a sealed page and a returned one can be
 * submitted again. Runs again harmlessly: a nomination that has a sealed page is left alone.
 */
@Component
@ConditionalOnProperty(name = "chuyi.demo.enabled", havingValue = "true")
class DemoSealedPages {

    static final String UPLOADED_BY = "demo";

    private static final String PLACEHOLDER = """
            <html><head><title>单位盖章页（演示）</title>
            <style>body { font-family: "%s"; } h1 { font-size: 20pt; text-align: center; margin-top: 80mm; }</style>
            </head><body><h1>单位盖章页（演示占位）</h1>
            <p style="text-align: center">演示数据：此处应为签字并加盖单位公章的申报书盖章页扫描件。</p>
            </body></html>""".formatted(HtmlPdf.FONT);

    private final NominationDocumentRepository documents;
    private final AttachmentStore store;
    private final Clock clock;

    DemoSealedPages(NominationDocumentRepository documents, AttachmentStore store, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void placeholders() {
        List<Long> missing = documents.filedWithout(NominationDocument.Kind.SEALED_PAGE);
        if (missing.isEmpty()) {
            return;
        }
        byte[] pdf = HtmlPdf.fromXhtml(PLACEHOLDER);
        for (long nomination : missing) {
            var stored = store.storeGenerated("盖章页（演示）.pdf", FileType.PDF, pdf);
            documents.save(NominationDocument.sealedPage(nomination, stored, UPLOADED_BY, clock.instant()));
        }
    }
}
