package cn.gov.hunan.chuyi.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/** Keeps uploaded files on disk under a random key; the owning module keeps the key with its record. */
@Service
@EnableConfigurationProperties(AttachmentSettings.class)
public class AttachmentStore {

    private final AttachmentSettings settings;
    private final FileTypeDetector detector = new FileTypeDetector();
    private final OfficeInspector inspector;
    private final VirusScanner scanner;

    AttachmentStore(AttachmentSettings settings, VirusScanner scanner) {
        this.settings = settings;
        this.scanner = scanner;
        this.inspector = new OfficeInspector(
                settings.maxUnpackedSize().toBytes(),
                settings.maxParts(),
                settings.maxFileSize().toBytes());
    }

    /**
     * Stores an upload after checking its size, its real type and, for Word and Excel files, what is inside
     * ({@link OfficeInspector}). The name it is kept under ends with the real type's extension ({@link FileNames}).
     *
     * @throws AttachmentRejected when no file was chosen, the chosen file is empty (0 bytes), too large, not one of
     *     the accepted types, or an Office file with macros, programs, or more inside than it may unpack to; the
     *     refusal names the form field ({@link MultipartFile#getName()}), so the form shows it beside the field
     */
    public StoredFile store(MultipartFile upload) {
        return store(upload, EnumSet.allOf(FileType.class), "attachment.error.type");
    }

    /**
     * Stores an upload as {@link #store(MultipartFile)} does, accepting only some of the types: a file of another
     * (accepted elsewhere) type is refused with {@code refusalKey} before anything is kept.
     */
    public StoredFile store(MultipartFile upload, Set<FileType> accepted, String refusalKey) {
        try {
            return keep(upload, accepted, refusalKey);
        } catch (AttachmentRejected refused) {
            throw refused.field() != null || upload == null ? refused : refused.at(upload.getName());
        }
    }

    /**
     * Keeps a document the portal made itself (a generated PDF): nothing to detect or scan, it is kept under the type
     * and name the portal gives it.
     */
    public StoredFile storeGenerated(String name, FileType type, byte[] content) {
        try {
            Files.createDirectories(settings.directory());
            String key = UUID.randomUUID() + "." + type.extension();
            Path temporary = Files.createTempFile(settings.directory(), "generated-", ".part");
            try {
                Files.write(temporary, content);
                Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new StoredFile(key, type, content.length, sha256, FileNames.forType(name, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredFile keep(MultipartFile upload, Set<FileType> accepted, String refusalKey) {
        if (!chosen(upload)) {
            throw new AttachmentRejected("attachment.error.missing");
        }
        if (upload.isEmpty()) {
            throw new AttachmentRejected("attachment.error.empty", FileNames.shown(upload.getOriginalFilename()));
        }
        if (upload.getSize() > settings.maxFileSize().toBytes()) {
            throw new AttachmentRejected("attachment.error.tooLarge");
        }
        try {
            Files.createDirectories(settings.directory());
            Path temporary = Files.createTempFile(settings.directory(), "upload-", ".part");
            try {
                String sha256;
                try (InputStream in = upload.getInputStream();
                        DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
                    Files.copy(digesting, temporary, StandardCopyOption.REPLACE_EXISTING);
                    sha256 = HexFormat.of()
                            .formatHex(digesting.getMessageDigest().digest());
                }
                FileType type = detector.detect(temporary).orElseThrow(() -> new AttachmentRejected(refusalKey));
                if (!accepted.contains(type)) {
                    throw new AttachmentRejected(refusalKey);
                }
                if (type == FileType.DOCX || type == FileType.XLSX) {
                    inspector.check(temporary);
                }
                scanner.check(temporary);
                String key = UUID.randomUUID() + "." + type.extension();
                Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
                forgetOnRollback(path(key));
                return new StoredFile(
                        key, type, upload.getSize(), sha256, FileNames.forType(upload.getOriginalFilename(), type));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file kept inside a transaction that then rolls back (a second file of the same form refused, a rule broken
     * after the upload) belongs to no record: it is deleted, so a refused form leaves nothing on disk.
     */
    private static void forgetOnRollback(Path kept) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        Files.deleteIfExists(kept);
                    } catch (IOException e) {
                        LoggerFactory.getLogger(AttachmentStore.class)
                                .warn("Could not delete {} after a rollback", kept.getFileName(), e);
                    }
                }
            }
        });
    }

    /**
     * Whether the user chose a file in an optional file field. A field left empty comes as a part without a file
     * name; a chosen file has one even when it holds nothing. Callers decide with this, never with
     * {@link MultipartFile#isEmpty()}, so that a chosen but empty file reaches {@link #store} and is refused rather
     * than silently dropped.
     */
    public static boolean chosen(MultipartFile upload) {
        return upload != null
                && (upload.getSize() > 0
                        || (upload.getOriginalFilename() != null
                                && !upload.getOriginalFilename().isBlank()));
    }

    /** The stored bytes, for a download the owning module has allowed. */
    public Resource open(String storageKey) {
        return new FileSystemResource(path(storageKey));
    }

    private Path path(String storageKey) {
        if (!storageKey.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return settings.directory().resolve(storageKey);
    }
}
