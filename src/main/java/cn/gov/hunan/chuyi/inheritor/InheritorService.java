package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalNotice;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spirit inheritors: a school nominates its people with the competitions that found them; the department
 * recognises or declines; the recognised are public. A school sees its own, a city its city's, province
 * staff, experts and inspectors all.
 */
@Service
@Transactional(readOnly = true)
public class InheritorService {

    private final InheritorRepository inheritors;
    private final AwardRepository awards;
    private final InheritorChangeRepository changes;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InheritorService(
            InheritorRepository inheritors,
            AwardRepository awards,
            InheritorChangeRepository changes,
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.inheritors = inheritors;
        this.awards = awards;
        this.changes = changes;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A person in a list, with their awards. */
    public record InheritorLine(InheritorView person, List<Award.AwardView> awards) {}

    /** A person's page, with the moves the viewer is offered (the table's, for the viewer's roles and school). */
    public record InheritorPage(
            InheritorView person,
            List<Award.AwardView> awards,
            List<HistoryLine> history,
            boolean mayRecognise,
            boolean mayDecline,
            boolean mayWithdraw,
            boolean mayRevoke,
            boolean mayAddAward) {}

    /** The nominations list: the viewer's slice, the filter's states, and whether the viewer may nominate. */
    public record ListPage(Page<InheritorLine> nominations, List<InheritorStatus> statuses, boolean mayNominate) {}

    /** The public list of the recognised, and whether the viewer may go on to the nominations (business users). */
    public record PublicPage(Page<InheritorLine> recognised, boolean mayReadNominations) {}

    public PublicPage publicPage(Integer year, PortalUser viewer, Pageable pageable) {
        return new PublicPage(recognised(year, pageable), viewer != null && viewer.hasBusinessRole());
    }

    /** Public: the recognised, newest recognition first. */
    public Page<InheritorLine> recognised(Integer year, Pageable pageable) {
        return lines(inheritors.recognised(InheritorStatus.RECOGNISED, year, pageable));
    }

    /** The nominations page: the viewer's slice, filtered by state. */
    public ListPage list(InheritorStatus status, PortalUser viewer, Pageable pageable) {
        return new ListPage(
                search(status, viewer, pageable), List.of(InheritorStatus.values()), viewer.has(Role.SCHOOL_ADMIN));
    }

    /** The viewer's slice of all nominations. */
    public Page<InheritorLine> search(InheritorStatus status, PortalUser viewer, Pageable pageable) {
        Page<Inheritor> page;
        if (seesAll(viewer)) {
            page = inheritors.search(status, true, List.of(-1L), pageable);
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            var ids = organizations.idsInCity(viewer.cityCode());
            page = inheritors.search(status, false, ids.isEmpty() ? List.of(-1L) : ids, pageable);
        } else if (viewer.organizationId() != null) {
            page = inheritors.search(status, false, List.of(viewer.organizationId()), pageable);
        } else {
            return Page.empty(pageable);
        }
        return lines(page);
    }

    public InheritorPage page(long id, PortalUser viewer) {
        Inheritor person = visible(id, viewer);
        OrganizationProfile school = organizations.find(person.organizationId()).orElseThrow();
        boolean ownSchool = Objects.equals(viewer.organizationId(), person.organizationId());
        InheritorStatus status = person.status();
        return new InheritorPage(
                person.toView(school.name(), school.cityCode()),
                awards.findByInheritorIdInOrderByYearDescIdAsc(List.of(id)).stream()
                        .map(Award::toView)
                        .toList(),
                changes.history(id).stream().map(InheritorChange::toLine).toList(),
                offered(InheritorMove.RECOGNISE, status, viewer, ownSchool),
                offered(InheritorMove.DECLINE, status, viewer, ownSchool),
                offered(InheritorMove.WITHDRAW, status, viewer, ownSchool),
                offered(InheritorMove.REVOKE, status, viewer, ownSchool),
                mayAddAward(status, viewer, ownSchool));
    }

    /** A school nominates one of its people, with the first competition or activity that found them. */
    @Transactional
    public long nominate(NominationForm form, PortalUser school) {
        if (!school.has(Role.SCHOOL_ADMIN) || school.organizationId() == null) {
            throw new AccessDeniedException("only a school nominates");
        }
        Inheritor person =
                inheritors.save(new Inheritor(school.organizationId(), form, school.getUsername(), clock.instant()));
        awards.save(new Award(person.id(), form));
        changes.save(new InheritorChange(
                person.id(), null, InheritorStatus.NOMINATED.name(), school.getUsername(), null, clock.instant()));
        notify(accounts.withRole(Role.PROVINCE_ADMIN), "inheritor.notice.nominated", person);
        return person.id();
    }

    /** The school adds another competition or activity while the nomination waits for the decision. */
    @Transactional
    public void addAward(long id, AwardForm form, PortalUser school) {
        Inheritor person = visible(id, school);
        if (!Objects.equals(school.organizationId(), person.organizationId())) {
            throw new NotFoundException("inheritor", id);
        }
        if (!person.status().undecided()) {
            throw new InheritorRejected("inheritor.error.decided");
        }
        awards.save(new Award(id, form));
    }

    /** A move of the state machine by the role it belongs to. */
    @Transactional
    public void move(long id, String moveName, Integer year, String reason, long expectedVersion, PortalUser viewer) {
        InheritorMove move = Arrays.stream(InheritorMove.values())
                .filter(m -> m.name().equals(moveName))
                .findFirst()
                .orElseThrow(() -> new MoveRejected("inheritor.error.transition"));
        Inheritor person = visible(id, viewer);
        boolean ownSchool = Objects.equals(viewer.organizationId(), person.organizationId());
        // who may make it is authorisation (403); from which state is the table's refusal (MoveRejected)
        Role role = viewer.roles().stream()
                .filter(move::mayBeMadeBy)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not this move's role"));
        if (move.bySchool() && !ownSchool) {
            throw new AccessDeniedException("not this school's nomination");
        }
        Versions.expect(person.version(), expectedVersion, "inheritor");
        if (move == InheritorMove.RECOGNISE && awards.countByInheritorId(id) == 0) {
            throw new InheritorRejected("inheritor.error.noAward");
        }
        InheritorStatus from = person.move(move, role, year, reason);
        changes.save(new InheritorChange(
                id,
                from.name(),
                person.status().name(),
                viewer.getUsername(),
                Text.blankToNull(reason),
                clock.instant()));
        if (!move.bySchool()) {
            notify(accounts.actingFor(person.organizationId(), Role.SCHOOL_ADMIN), "inheritor.notice.decided", person);
        }
    }

    /** Whether the page offers the move: the table allows it now for one of the viewer's roles, on their school's. */
    static boolean offered(InheritorMove move, InheritorStatus status, PortalUser viewer, boolean ownSchool) {
        return move.allowedFrom(status)
                && viewer.roles().stream().anyMatch(move::mayBeMadeBy)
                && (!move.bySchool() || ownSchool);
    }

    /** The school adds competitions to its own nomination while it waits for the decision. */
    static boolean mayAddAward(InheritorStatus status, PortalUser viewer, boolean ownSchool) {
        return ownSchool && viewer.has(Role.SCHOOL_ADMIN) && status.undecided();
    }

    private void notify(List<UserSummary> recipients, String key, Inheritor person) {
        events.publishEvent(new PortalNotice(
                recipients.stream().map(UserSummary::id).toList(), key, "/inheritors/" + person.id(), person.name()));
    }

    private Page<InheritorLine> lines(Page<Inheritor> page) {
        var ids = page.map(Inheritor::id).toList();
        Map<Long, List<Award.AwardView>> byPerson = ids.isEmpty()
                ? Map.of()
                : awards.findByInheritorIdInOrderByYearDescIdAsc(ids).stream()
                        .collect(Collectors.groupingBy(
                                Award::inheritorId, Collectors.mapping(Award::toView, Collectors.toList())));
        var schools = organizations.findAll(page.map(Inheritor::organizationId).toSet());
        return page.map(i -> new InheritorLine(
                i.toView(
                        schools.get(i.organizationId()).name(),
                        schools.get(i.organizationId()).cityCode()),
                byPerson.getOrDefault(i.id(), List.of())));
    }

    private Inheritor visible(long id, PortalUser viewer) {
        Inheritor person = inheritors.findById(id).orElseThrow(() -> new NotFoundException("inheritor", id));
        if (seesAll(viewer)) {
            return person;
        }
        OrganizationProfile school = organizations.find(person.organizationId()).orElseThrow();
        boolean maySee = (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), school.cityCode()))
                || Objects.equals(viewer.organizationId(), person.organizationId());
        if (!maySee) {
            throw new NotFoundException("inheritor", id);
        }
        return person;
    }

    private static boolean seesAll(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.EXPERT) || viewer.has(Role.INSPECTOR);
    }
}
