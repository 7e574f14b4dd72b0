package cn.gov.hunan.chuyi.group;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationGroups;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vocational-education groups (职教集团): set up by the department; the department or the lead organisation's
 * administrator records members joining and leaving. Everyone in the business roles may read them.
 *
 * <p>Longer than 250 lines because it is the group aggregate's one service: the records its pages get and the answers
 * the organisation module asks through its SPI (an organisation's groups, its partners for the expert-conflict rule)
 * sit beside the writes whose rules they read.
 */
@Service
@Transactional(readOnly = true)
public class GroupService implements OrganizationGroups {

    static final String VOC_GROUP = "VOC_GROUP";

    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupChangeRepository changes;
    private final OrganizationDirectory organizations;
    private final ProgramCatalogue programs;
    private final Clock clock;

    GroupService(
            GroupRepository groups,
            GroupMemberRepository members,
            GroupChangeRepository changes,
            OrganizationDirectory organizations,
            ProgramCatalogue programs,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.changes = changes;
        this.organizations = organizations;
        this.programs = programs;
        this.clock = clock;
    }

    /** A group in a list. */
    public record GroupSummary(
            long id,
            String name,
            long leadOrganizationId,
            String leadName,
            LocalDate foundedOn,
            long currentMembers,
            boolean demo) {}

    /** A member line of a group's page. */
    public record MemberLine(
            long memberId,
            long organizationId,
            String name,
            OrganizationKind kind,
            String cityCode,
            LocalDate joinedOn,
            LocalDate leftOn,
            String leftReason,
            boolean lead) {}

    /** A group's page. */
    public record GroupPage(
            GroupSummary group,
            String description,
            boolean designated,
            List<MemberLine> current,
            List<MemberLine> former,
            Map<OrganizationKind, Long> currentByKind,
            List<HistoryLine> history,
            boolean manageable,
            long version) {}

    /** The groups list, the name searched for (kept in the filter), and whether the viewer may set up a group. */
    public record ListPage(Page<GroupSummary> groups, String query, boolean mayCreate) {}

    public ListPage list(String name, PortalUser viewer, Pageable pageable) {
        return new ListPage(search(name, pageable), name, mayCreate(viewer));
    }

    public Page<GroupSummary> search(String name, Pageable pageable) {
        Page<VocationalGroup> page = groups.search(name == null || name.isBlank() ? null : name.strip(), pageable);
        var ids = page.map(VocationalGroup::id).toList();
        Map<Long, Long> counts = ids.isEmpty()
                ? Map.of()
                : members.countCurrent(ids).stream()
                        .collect(Collectors.toMap(
                                GroupMemberRepository.MemberCount::getGroupId,
                                GroupMemberRepository.MemberCount::getMembers));
        var leads = organizations.findAll(
                page.map(VocationalGroup::leadOrganizationId).toSet());
        return page.map(g -> summary(g, leads.get(g.leadOrganizationId()), counts.getOrDefault(g.id(), 0L)));
    }

    public GroupPage page(long id, PortalUser viewer) {
        VocationalGroup group = load(id);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedOnAscIdAsc(id);
        var profiles = organizations.findAll(
                all.stream().map(GroupMember::organizationId).collect(Collectors.toSet()));
        var lead = organizations.find(group.leadOrganizationId()).orElseThrow();
        List<MemberLine> lines = all.stream()
                .map(m -> line(m, profiles.get(m.organizationId()), group))
                .toList();
        List<MemberLine> current = lines.stream()
                .filter(l -> l.leftOn() == null)
                .sorted(Comparator.comparing((MemberLine l) -> !l.lead())
                        .thenComparing(MemberLine::kind)
                        .thenComparing(MemberLine::joinedOn))
                .toList();
        Map<OrganizationKind, Long> byKind = new EnumMap<>(OrganizationKind.class);
        current.forEach(l -> byKind.merge(l.kind(), 1L, Long::sum));
        return new GroupPage(
                summary(group, lead, current.size()),
                group.description(),
                programs.isDesignated(VOC_GROUP, group.leadOrganizationId()),
                current,
                lines.stream().filter(l -> l.leftOn() != null).toList(),
                byKind,
                changes.history(id).stream().map(GroupChange::toLine).toList(),
                mayManage(viewer, group),
                group.version());
    }

    /** The department sets up a group; its lead organisation is its first member from the founding day. */
    @Transactional
    public long create(
            String name, long leadOrganizationId, LocalDate foundedOn, String description, PortalUser admin) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > 200
                || foundedOn == null
                || (description != null && description.length() > 2000)) {
            throw new GroupRejected("group.error.fields");
        }
        if (foundedOn.isAfter(today())) {
            throw new GroupRejected("group.error.future").at("foundedOn");
        }
        if (groups.existsByName(trimmed)) {
            throw new GroupRejected("group.error.duplicate").at("name");
        }
        organizations
                .find(leadOrganizationId)
                .orElseThrow(() -> new GroupRejected("group.error.organization").at("lead"));
        VocationalGroup group = groups.save(new VocationalGroup(
                trimmed,
                leadOrganizationId,
                foundedOn,
                description == null || description.isBlank() ? null : description.strip(),
                clock.instant()));
        members.save(new GroupMember(group.id(), leadOrganizationId, foundedOn));
        changes.save(new GroupChange(
                group.id(),
                GroupChange.Event.CREATED,
                admin.getUsername(),
                HistoryReason.typed(trimmed),
                clock.instant()));
        return group.id();
    }

    /** An organisation of the directory joins the group. */
    @Transactional
    public void addMember(long groupId, long organizationId, LocalDate joinedOn, PortalUser viewer) {
        VocationalGroup group = managed(groupId, viewer);
        OrganizationProfile organization =
                organizations.find(organizationId).orElseThrow(() -> new GroupRejected("group.error.organization"));
        join(group, organization, joinedOn, viewer);
    }

    /** A partner not yet in the directory (an enterprise, association, institute or government body) joins. */
    @Transactional
    public void addPartner(
            long groupId, String name, OrganizationKind kind, String cityCode, LocalDate joinedOn, PortalUser viewer) {
        VocationalGroup group = managed(groupId, viewer);
        checkJoiningDay(group, joinedOn);
        OrganizationProfile partner;
        try {
            partner = organizations.registerPartner(name, kind, cityCode, viewer.getUsername());
        } catch (OrganizationDirectory.PartnerRejected e) {
            throw new GroupRejected(e.messageKey()).at("name");
        }
        join(group, partner, joinedOn, viewer);
    }

    /** A member leaves on a day with a reason; the lead organisation stays while the group exists. */
    @Transactional
    public void leave(long groupId, long memberId, LocalDate on, String reason, PortalUser viewer) {
        VocationalGroup group = managed(groupId, viewer);
        GroupMember member = members.findById(memberId)
                .filter(m -> m.groupId() == groupId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (member.organizationId() == group.leadOrganizationId()) {
            throw new GroupRejected("group.error.leadLeaves");
        }
        if (on != null && on.isAfter(today())) {
            throw new GroupRejected("group.error.future");
        }
        member.leave(on, reason);
        String name = organizations
                .find(member.organizationId())
                .map(OrganizationProfile::name)
                .orElse("?");
        changes.save(new GroupChange(
                groupId,
                GroupChange.Event.MEMBER_LEFT,
                viewer.getUsername(),
                HistoryReason.key("group.history.left", name, on, reason.strip()),
                clock.instant()));
    }

    @Override
    public List<Membership> groupsOf(long organizationId) {
        var memberships = members.findByOrganizationIdOrderByJoinedOnDesc(organizationId);
        if (memberships.isEmpty()) {
            return List.of();
        }
        var byId =
                groups.findByIdIn(memberships.stream().map(GroupMember::groupId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(VocationalGroup::id, g -> g));
        return memberships.stream()
                .map(m -> {
                    var group = byId.get(m.groupId());
                    return new Membership(
                            group.id(),
                            group.name(),
                            group.leadOrganizationId() == organizationId,
                            m.joinedOn(),
                            m.leftOn());
                })
                .sorted(Comparator.comparing((Membership m) -> !m.current()).thenComparing(Membership::groupName))
                .toList();
    }

    @Override
    public Set<Long> partnersOf(long organizationId) {
        var groupIds = members.findByOrganizationIdOrderByJoinedOnDesc(organizationId).stream()
                .filter(GroupMember::current)
                .map(GroupMember::groupId)
                .collect(Collectors.toSet());
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> partners = new HashSet<>();
        members.findByGroupIdInAndLeftOnIsNull(groupIds).forEach(m -> partners.add(m.organizationId()));
        partners.remove(organizationId);
        return partners;
    }

    private void join(VocationalGroup group, OrganizationProfile organization, LocalDate joinedOn, PortalUser viewer) {
        checkJoiningDay(group, joinedOn);
        if (members.existsByGroupIdAndOrganizationIdAndLeftOnIsNull(group.id(), organization.id())) {
            throw new GroupRejected("group.error.alreadyMember").at("organization");
        }
        members.save(new GroupMember(group.id(), organization.id(), joinedOn));
        changes.save(new GroupChange(
                group.id(),
                GroupChange.Event.MEMBER_JOINED,
                viewer.getUsername(),
                HistoryReason.key("group.history.joined", organization.name(), joinedOn),
                clock.instant()));
    }

    private void checkJoiningDay(VocationalGroup group, LocalDate joinedOn) {
        if (joinedOn == null) {
            throw new GroupRejected("group.error.fields").at("joinedOn");
        }
        if (joinedOn.isBefore(group.foundedOn())) {
            throw new GroupRejected("group.error.beforeFounded").at("joinedOn");
        }
        if (joinedOn.isAfter(today())) {
            throw new GroupRejected("group.error.future").at("joinedOn");
        }
    }

    /** The group, if the viewer may change it (the department or the lead's administrator); otherwise 404/403. */
    private VocationalGroup managed(long groupId, PortalUser viewer) {
        VocationalGroup group = load(groupId);
        if (!mayManage(viewer, group)) {
            throw new AccessDeniedException("not the group's manager");
        }
        return group;
    }

    /** The department sets up groups (GroupController's rule). */
    static boolean mayCreate(PortalUser viewer) {
        return viewer.has(Role.PROVINCE_ADMIN);
    }

    static boolean mayManage(PortalUser viewer, VocationalGroup group) {
        return viewer.has(Role.PROVINCE_ADMIN)
                || (viewer.has(Role.SCHOOL_ADMIN)
                        && Objects.equals(viewer.organizationId(), group.leadOrganizationId()));
    }

    private VocationalGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("group", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    private static GroupSummary summary(VocationalGroup g, OrganizationProfile lead, long current) {
        return new GroupSummary(
                g.id(), g.name(), g.leadOrganizationId(), lead.name(), g.foundedOn(), current, g.demo());
    }

    private static MemberLine line(GroupMember m, OrganizationProfile o, VocationalGroup group) {
        return new MemberLine(
                m.id(),
                o.id(),
                o.name(),
                o.kind(),
                o.cityCode(),
                m.joinedOn(),
                m.leftOn(),
                m.leftReason(),
                o.id() == group.leadOrganizationId());
    }
}
