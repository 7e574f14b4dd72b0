package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Versions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The life of an upload, the same for every kind: the file is kept (through the attachment module, which checks its
 * real type and what it carries), read and checked row by row with nothing written, reported; a file without problems
 * may then be applied, all or nothing, once. Who may import what is the caller's check (each kind's controller).
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class ImportService {

    /** Why a file that is no .xlsx is refused: an import takes nothing else (whatever other pages accept). */
    static final String NOT_XLSX = "imports.error.notXlsx";

    private final DataImportRepository imports;
    private final DataImportProblemRepository problems;
    private final AttachmentStore attachments;
    private final AccountDirectory accounts;
    private final Labels labels;
    private final ImportSettings settings;
    private final Clock clock;

    ImportService(
            DataImportRepository imports,
            DataImportProblemRepository problems,
            AttachmentStore attachments,
            AccountDirectory accounts,
            Labels labels,
            ImportSettings settings,
            Clock clock) {
        this.imports = imports;
        this.problems = problems;
        this.attachments = attachments;
        this.accounts = accounts;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
    }

    /** The template workbook of {@code spec} in {@code locale}. */
    public byte[] template(ImportSpec<?> spec, Locale locale) {
        return TemplateWorkbook.build(spec, labels, locale, settings.maxRows());
    }

    /** Each column's header in {@code locale}, by column key: how a report names the column of a problem. */
    public Map<String, String> headers(ImportSpec<?> spec, Locale locale) {
        Map<String, String> headers = new LinkedHashMap<>();
        spec.columns().forEach(c -> headers.put(c.key(), labels.header(locale, c)));
        return headers;
    }

    /**
     * Keeps and checks an upload; writes nothing but the upload's own record and its problems.
     *
     * @return the upload's id, whose report says what was found
     * @throws cn.gov.hunan.chuyi.attachment.AttachmentRejected when no file came, one the portal does not keep, or one that
     *     is not an Excel workbook (.xlsx)
     */
    @Transactional
    public long check(ImportSpec<?> spec, String scope, MultipartFile upload, PortalUser user) {
        // an import takes a workbook only: anything else comes back to the form saying so, and nothing is kept
        var stored = attachments.store(upload, EnumSet.of(FileType.XLSX), NOT_XLSX);
        var upload0 = imports.save(new DataImport(spec.kind(), scope, stored, user.getUsername(), clock.instant()));
        try {
            var result = new ImportReading<>(spec, labels).read(path(upload0), scope, settings.maxRows());
            upload0.checked(result.rows(), result.problems().count());
            problems.saveAll(result.problems().kept().stream()
                    .map(p -> new DataImportProblem(upload0.id(), p))
                    .toList());
        } catch (ImportRefused refused) {
            upload0.refused(refused);
        }
        return upload0.id();
    }

    /** The report of an upload of this kind and scope; 404 for any other. */
    @Transactional(readOnly = true)
    public ImportReport report(ImportKind kind, String scope, long id) {
        var upload = find(kind, scope, id);
        Map<String, String> names = accounts.displayNames(Arrays.asList(upload.uploadedBy(), upload.appliedBy()));
        List<RowProblem> found = problems.findByImportIdOrderByRowNumberAscIdAsc(id).stream()
                .map(DataImportProblem::toProblem)
                .toList();
        return new ImportReport(
                upload.id(),
                upload.fileName(),
                statusKey(upload),
                upload.rowCount(),
                upload.problemCount(),
                found,
                upload.problemCount() > found.size(),
                upload.refusalKey(),
                upload.refusalArguments().toArray(),
                names.get(upload.uploadedBy()),
                PortalTime.local(upload.uploadedAt()),
                names.get(upload.appliedBy()),
                upload.appliedAt() == null ? null : PortalTime.local(upload.appliedAt()),
                upload.version(),
                upload.status() == DataImport.Status.REFUSED,
                upload.status() == DataImport.Status.CHECKED,
                upload.status() == DataImport.Status.APPLIED);
    }

    /**
     * The latest uploads of this kind and scope, newest first, each naming who uploaded and applied it by display name
     * (at most 20: one statement for the uploads, one for the names).
     */
    @Transactional(readOnly = true)
    public List<ImportLine> recent(ImportKind kind, String scope) {
        var found = imports.findTop20ByKindAndScopeOrderByUploadedAtDesc(kind, scope);
        Map<String, String> names = accounts.displayNames(found.stream()
                .flatMap(u -> Stream.of(u.uploadedBy(), u.appliedBy()))
                .toList());
        return found.stream()
                .map(u -> new ImportLine(
                        u.id(),
                        u.fileName(),
                        statusKey(u),
                        u.rowCount(),
                        u.problemCount(),
                        names.get(u.uploadedBy()),
                        PortalTime.local(u.uploadedAt()),
                        names.get(u.appliedBy()),
                        u.appliedAt() == null ? null : PortalTime.local(u.appliedAt()),
                        u.status() == DataImport.Status.APPLIED))
                .toList();
    }

    /**
     * Applies a checked upload, all or nothing: the file is read and checked again (the data may have changed since),
     * and only a file still without problems is handed to the owning module.
     *
     * @return the number of rows applied
     * @throws ImportRefused when the upload is not one that may be applied (refused, with problems, applied already)
     * @throws jakarta.persistence.OptimisticLockException when someone else applied it meanwhile
     */
    @Transactional(noRollbackFor = ImportRefused.class)
    public <R> int apply(ImportSpec<R> spec, String scope, long id, long expectedVersion, PortalUser user) {
        var upload = find(spec.kind(), scope, id);
        Versions.expect(upload.version(), expectedVersion, "import " + id);
        if (upload.status() != DataImport.Status.CHECKED) {
            throw new ImportRefused("imports.error.notApplicable");
        }
        var result = new ImportReading<>(spec, labels).read(path(upload), scope, settings.maxRows());
        if (!result.problems().none()) {
            upload.checked(result.rows(), result.problems().count());
            problems.saveAll(result.problems().kept().stream()
                    .map(p -> new DataImportProblem(upload.id(), p))
                    .toList());
            throw new ImportRefused("imports.error.changed");
        }
        spec.apply(result.values(), scope, upload.fileName(), user);
        upload.applied(user.getUsername(), clock.instant());
        return result.rows();
    }

    private DataImport find(ImportKind kind, String scope, long id) {
        return imports.findById(id)
                .filter(u -> u.kind() == kind && u.scope().equals(scope))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    private Path path(DataImport upload) {
        try {
            return attachments.open(upload.storageKey()).getFile().toPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statusKey(DataImport upload) {
        return "imports.status." + upload.status().name();
    }
}
