package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import java.time.Duration;
import java.util.Comparator;
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
 * submitted again. Each placeholder reads like a school's own upload: by the school's account (a demo school without
 * one: the school, as the demo's history names it), {@link #BEFORE_SUBMISSION} before the nomination was submitted.
 * Runs again harmlessly: a nomination that has a sealed page is left alone. (Placeholders written before this rule,
 * as "demo" at start-up time, are rewritten the same way by the demo migration V215_1.)
 */
@Component
@ConditionalOnProperty(name = "chuyi.demo.enabled", havingValue = "true")
class DemoSealedPages {

    /** How long before its submission a placeholder reads as uploaded (V215_1 uses the same). */
    static final Duration BEFORE_SUBMISSION = Duration.ofMinutes(20);

    private static final String PLACEHOLDER = """
            <html><head><title>单位盖章页（演示）</title>
            <style>body { font-family: "%s"; } h1 { font-size: 20pt; text-align: center; margin-top: 80mm; }</style>
            </head><body><h1>单位盖章页（演示占位）</h1>
            <p style="text-align: center">演示数据：此处应为签字并加盖单位公章的申报书盖章页扫描件。</p>
            </body></html>""".formatted(HtmlPdf.FONT);

    private final NominationDocumentRepository documents;
    private final AttachmentStore store;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    DemoSealedPages(
            NominationDocumentRepository documents,
            AttachmentStore store,
            AccountDirectory accounts,
            OrganizationDirectory organizations) {
        this.documents = documents;
        this.store = store;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void placeholders() {
        List<NominationDocumentRepository.Filed> missing = documents.filedWithout(NominationDocument.Kind.SEALED_PAGE);
        if (missing.isEmpty()) {
            return;
        }
        byte[] pdf = HtmlPdf.fromXhtml(PLACEHOLDER);
        for (var filed : missing) {
            var stored = store.storeGenerated("盖章页（演示）.pdf", FileType.PDF, pdf);
            documents.save(NominationDocument.sealedPage(
                    filed.nominationId(),
                    stored,
                    uploaderOf(filed.organizationId()),
                    filed.submittedAt().minus(BEFORE_SUBMISSION)));
        }
    }

    /** The school's account (the first by name), else the school's name, as the demo's history names its actor. */
    private String uploaderOf(long organizationId) {
        return accounts.actingFor(organizationId, Role.SCHOOL_ADMIN).stream()
                .map(UserSummary::username)
                .min(Comparator.naturalOrder())
                .or(() -> organizations.find(organizationId).map(OrganizationProfile::name))
                .orElseThrow();
    }
}
