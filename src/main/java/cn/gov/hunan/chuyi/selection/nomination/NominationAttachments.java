package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** A nomination's attachments: listed and downloaded by whoever may read it, added and removed by its school while it is editable. */
@Service
@Transactional(readOnly = true)
public class NominationAttachments {

    private final NominationService reading;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final Clock clock;

    NominationAttachments(
            NominationService reading, AttachmentRepository attachments, AttachmentStore store, Clock clock) {
        this.reading = reading;
        this.attachments = attachments;
        this.store = store;
        this.clock = clock;
    }

    public List<AttachmentView> attachments(long id, PortalUser viewer) {
        reading.load(id, viewer);
        return attachments.findByNominationIdOrderById(id).stream()
                .map(NominationAttachment::toView)
                .toList();
    }

    /** An attachment's bytes, for someone who may read the nomination; anyone else gets 404. */
    public Download download(long nominationId, long attachmentId, PortalUser viewer) {
        reading.load(nominationId, viewer);
        NominationAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.nominationId() == nominationId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachment.toView(), store.open(attachment.file().storageKey()));
    }

    /** An attachment and its bytes. */
    public record Download(AttachmentView attachment, Resource content) {}

    @Transactional
    public void attach(long id, MultipartFile upload, PortalUser school) {
        Nomination n = reading.ownEditable(id, school);
        var stored = store.store(upload);
        attachments.save(new NominationAttachment(n.id(), stored, school.getUsername(), clock.instant()));
    }

    @Transactional
    public void detach(long id, long attachmentId, PortalUser school) {
        Nomination n = reading.ownEditable(id, school);
        NominationAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.nominationId() == n.id())
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        attachments.delete(attachment);
    }
}
