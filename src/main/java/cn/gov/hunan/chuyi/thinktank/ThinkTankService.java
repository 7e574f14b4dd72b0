package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The think-tank's activities. Anyone may read the list and an activity; the department and the
 * administrators of the organisation designated as the think-tank record and change them; only signed-in
 * business users open the files.
 */
@Service
@Transactional(readOnly = true)
public class ThinkTankService {

    static final String THINK_TANK = "THINK_TANK";

    private final ActivityRepository activities;
    private final ActivityAttachmentRepository attachments;
    private final ActivityChangeRepository changes;
    private final ProgramCatalogue programs;
    private final AttachmentStore store;
    private final Clock clock;

    ThinkTankService(
            ActivityRepository activities,
            ActivityAttachmentRepository attachments,
            ActivityChangeRepository changes,
            ProgramCatalogue programs,
            AttachmentStore store,
            Clock clock) {
        this.activities = activities;
        this.attachments = attachments;
        this.changes = changes;
        this.programs = programs;
        this.store = store;
        this.clock = clock;
    }

    /**
     * An activity's page. Files and history only for signed-in business users ({@code mayReadFiles}); the editors
     * change, add files to and cancel an activity until it is cancelled.
     */
    public record ActivityPage(
            ActivityView activity,
            List<FileLine> files,
            List<HistoryLine> history,
            boolean mayReadFiles,
            boolean mayEdit,
            boolean mayCancel) {}

    /** The list: coming activities, a page of past ones, and whether the viewer may record one. */
    public record ListPage(List<ActivityView> coming, Page<ActivityView> past, boolean mayRecord) {}

    /** A file of an activity. */
    public record FileLine(long id, String name, long sizeBytes, String uploadedBy) {}

    /** A file and its bytes. */
    public record Download(String name, String contentType, Resource content) {}

    public ListPage list(PortalUser viewer, Pageable pageable) {
        return new ListPage(coming(), past(pageable), mayEdit(viewer));
    }

    public List<ActivityView> coming() {
        LocalDate today = today();
        return activities.findTop100ByHeldOnGreaterThanEqualOrderByHeldOnAscIdAsc(today).stream()
                .map(a -> a.toView(today))
                .toList();
    }

    public Page<ActivityView> past(Pageable pageable) {
        LocalDate today = today();
        return activities
                .findByHeldOnLessThanOrderByHeldOnDescIdDesc(today, pageable)
                .map(a -> a.toView(today));
    }

    public ActivityPage page(long id, PortalUser viewer) {
        Activity activity = load(id);
        boolean insider = mayReadFiles(viewer);
        boolean editor = mayEdit(viewer);
        return new ActivityPage(
                activity.toView(today()),
                insider
                        ? attachments.findByActivityIdOrderById(id).stream()
                                .map(f -> new FileLine(
                                        f.id(),
                                        f.file().originalName(),
                                        f.file().sizeBytes(),
                                        f.uploadedBy()))
                                .toList()
                        : List.of(),
                insider
                        ? changes.history(id).stream()
                                .map(ActivityChange::toLine)
                                .toList()
                        : List.of(),
                insider,
                editor && activity.state() == ActivityState.RECORDED,
                editor
                        && ActivityMove.CANCEL.allowedFrom(activity.state())
                        && viewer.roles().stream().anyMatch(ActivityMove.CANCEL::mayBeMadeBy));
    }

    public ActivityForm form(long id, PortalUser viewer) {
        requireEditor(viewer);
        return load(id).toForm();
    }

    @Transactional
    public long record(ActivityForm form, PortalUser viewer) {
        requireEditor(viewer);
        Activity activity = new Activity(viewer.getUsername(), clock.instant());
        activity.fill(form, today());
        activity = activities.save(activity);
        changes.save(new ActivityChange(
                activity.id(), ActivityChange.Event.RECORDED, viewer.getUsername(), null, clock.instant()));
        return activity.id();
    }

    @Transactional
    public void update(long id, ActivityForm form, PortalUser viewer) {
        requireEditor(viewer);
        Activity activity = load(id);
        Versions.expect(activity.version(), form.getVersion(), "activity");
        activity.fill(form, today());
        changes.save(new ActivityChange(id, ActivityChange.Event.CHANGED, viewer.getUsername(), null, clock.instant()));
    }

    @Transactional
    public void attach(long id, MultipartFile file, PortalUser viewer) {
        requireEditor(viewer);
        Activity activity = load(id);
        if (activity.cancelled()) {
            throw new ActivityRejected("thinktank.error.cancelled");
        }
        var stored = store.store(file);
        attachments.save(new ActivityAttachment(id, stored, viewer.getUsername(), clock.instant()));
        changes.save(new ActivityChange(
                id, ActivityChange.Event.FILE_ADDED, viewer.getUsername(), stored.originalName(), clock.instant()));
    }

    @Transactional
    public void cancel(long id, String reason, PortalUser viewer) {
        requireEditor(viewer);
        Role role = viewer.roles().stream()
                .filter(ActivityMove.CANCEL::mayBeMadeBy)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not the think-tank's editor"));
        load(id).cancel(role, reason);
        changes.save(new ActivityChange(
                id, ActivityChange.Event.CANCELLED, viewer.getUsername(), reason.strip(), clock.instant()));
    }

    public Download download(long id, long fileId, PortalUser viewer) {
        if (!mayReadFiles(viewer)) {
            throw new AccessDeniedException("files are for signed-in staff");
        }
        ActivityAttachment file = attachments
                .findById(fileId)
                .filter(f -> f.activityId() == id)
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return new Download(
                file.file().originalName(),
                file.file().contentType(),
                store.open(file.file().storageKey()));
    }

    /** The department, or an administrator of the organisation designated as the think-tank. */
    public boolean mayEdit(PortalUser viewer) {
        if (viewer == null) {
            return false;
        }
        return viewer.has(Role.PROVINCE_ADMIN)
                || (viewer.has(Role.SCHOOL_ADMIN)
                        && viewer.organizationId() != null
                        && programs.isDesignated(THINK_TANK, viewer.organizationId()));
    }

    /** Files and history are for signed-in business users; the public reads the activity alone. */
    static boolean mayReadFiles(PortalUser viewer) {
        return viewer != null && viewer.hasBusinessRole();
    }

    private void requireEditor(PortalUser viewer) {
        if (!mayEdit(viewer)) {
            throw new AccessDeniedException("not the think-tank's editor");
        }
    }

    private Activity load(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }
}
