package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.Nominee;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.project.funds.FundRates;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's pages and changes: list, project, direct registration, evaluations, revocation. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    /** More rows than the register will ever hold; an export is one statement, not a loop over pages. */
    static final int EXPORT_LIMIT = 100_000;

    private static final List<ProjectStatus> RUNNING =
            Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::running).toList();

    private static final List<ReportStatus> FILED =
            Arrays.stream(ReportStatus.values()).filter(ReportStatus::filed).toList();

    private final DesignatedProjectRepository projects;
    private final ProjectChangeRepository changes;
    private final OrganizationDirectory organizations;
    private final ProgramCatalogue programs;
    private final FundRates rates;
    private final Clock clock;

    ProjectService(
            DesignatedProjectRepository projects,
            ProjectChangeRepository changes,
            OrganizationDirectory organizations,
            ProgramCatalogue programs,
            FundRates rates,
            Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.organizations = organizations;
        this.programs = programs;
        this.rates = rates;
        this.clock = clock;
    }

    /** The viewer's slice: province staff and experts all, a city its city's, a school its own. */
    public Page<ProjectView> search(
            String program, ProjectStatus status, Integer year, PortalUser viewer, Pageable pageable) {
        return search(ProjectFilter.of(program, status, year), viewer, pageable);
    }

    /** The viewer's slice filtered as asked: one statement for the page (and one for the rates when asked). */
    public Page<ProjectView> search(ProjectFilter filter, PortalUser viewer, Pageable pageable) {
        boolean anyRate = filter.rateBelow() == null;
        List<Long> rated = anyRate ? List.of(-1L) : rates.projectsBelow(filter.rateBelow());
        if (rated.isEmpty()) {
            rated = List.of(-1L);
        }
        boolean all;
        List<Long> slice;
        if (viewer.has(Role.PROVINCE_ADMIN) || viewer.has(Role.EXPERT) || viewer.has(Role.INSPECTOR)) {
            all = true;
            slice = List.of(-1L);
        } else if (viewer.has(Role.CITY_OFFICER) && viewer.cityCode() != null) {
            List<Long> ids = organizations.idsInCity(viewer.cityCode());
            all = false;
            slice = ids.isEmpty() ? List.of(-1L) : ids;
        } else if (viewer.organizationId() != null) {
            all = false;
            slice = List.of(viewer.organizationId());
        } else {
            return Page.empty(pageable);
        }
        Page<DesignatedProject> page = projects.search(
                filter.program(),
                filter.status(),
                filter.year(),
                all,
                slice,
                anyRate,
                rated,
                filter.tierColumn(),
                filter.untiered(),
                filter.overdue(),
                RUNNING,
                FILED,
                ReportTracker.lastOverdueYear(LocalDate.now(clock.withZone(PortalTime.ZONE))),
                pageable);
        var owners = organizations.findAll(
                page.map(DesignatedProject::organizationId).toSet());
        return page.map(p -> p.toView(
                owners.get(p.organizationId()).name(),
                owners.get(p.organizationId()).cityCode()));
    }

    /** The viewer's whole slice, by programme, year and id, for an export or a printed list (one statement). */
    public List<ProjectView> all(String program, ProjectStatus status, Integer year, PortalUser viewer) {
        return all(ProjectFilter.of(program, status, year), viewer);
    }

    /** The viewer's whole slice filtered as asked, by programme, year and id (one statement). */
    public List<ProjectView> all(ProjectFilter filter, PortalUser viewer) {
        return search(filter, viewer, PageRequest.of(0, EXPORT_LIMIT, Sort.by("programCode", "designatedYear", "id")))
                .getContent();
    }

    public ProjectView get(long id, PortalUser viewer) {
        DesignatedProject p = load(id);
        OrganizationProfile owner = organizations.find(p.organizationId()).orElseThrow();
        boolean maySee = viewer.has(Role.PROVINCE_ADMIN)
                || viewer.has(Role.EXPERT)
                || viewer.has(Role.INSPECTOR)
                || (viewer.has(Role.CITY_OFFICER) && Objects.equals(viewer.cityCode(), owner.cityCode()))
                || Objects.equals(viewer.organizationId(), owner.id());
        if (!maySee) {
            throw new NotFoundException("project", id);
        }
        return p.toView(owner.name(), owner.cityCode());
    }

    public List<HistoryLine> history(long id) {
        return changes.findByProjectIdOrderByChangedAtDescIdDesc(id).stream()
                .map(ProjectChange::toLine)
                .toList();
    }

    /**
     * Registers a project designated before the portal. It takes a slot of the programme's target, so it is
     * refused when none is left; an organisation holds no more counting designations of the programme than the
     * programme allows one organisation. People (spirit inheritors) are recognised on the inheritor pages, never
     * registered as construction projects.
     */
    @Transactional
    public long register(
            String programCode,
            long organizationId,
            String title,
            int year,
            String tier,
            String documentNumber,
            int constructionYears,
            String actor) {
        var program = programs.get(programCode);
        if (program.nominee() == Nominee.PERSON) {
            throw new ProjectRejected("project.error.people");
        }
        OrganizationProfile owner =
                organizations.find(organizationId).orElseThrow(() -> new ProjectRejected("project.error.organization"));
        if (!program.applicantKinds().isEmpty() && !program.applicantKinds().contains(owner.kind())) {
            throw new ProjectRejected("project.error.kind");
        }
        if (program.remaining() != null && program.remaining() <= 0) {
            throw new ProjectRejected("project.error.targetFull");
        }
        Long left = programs.designationsLeft(programCode, organizationId);
        if (left != null && left <= 0) {
            throw new ProjectRejected("project.error.duplicate", program.perOrganizationLimit());
        }
        if (title == null
                || title.isBlank()
                || documentNumber == null
                || documentNumber.isBlank()
                || constructionYears < 1
                || constructionYears > 10
                || year < 2000
                || year > 2100) {
            throw new ProjectRejected("project.error.fields");
        }
        var project = projects.save(new DesignatedProject(
                programCode,
                organizationId,
                title.strip(),
                year,
                tier == null || tier.isBlank() ? null : tier.strip(),
                documentNumber.strip(),
                constructionYears));
        changes.save(new ProjectChange(
                project.id(), null, project.status().name(), actor, documentNumber.strip(), clock.instant()));
        return project.id();
    }

    /**
     * Puts an approved period extension (延期) into effect: the project's construction period ends in {@code endYear}
     * (its reports and follow-ups count the years up to then), with a line of its history naming the old and the new
     * end year. Nothing changes when the period already ends then or later.
     */
    @Transactional
    public void extendPeriod(long id, int endYear, PortalUser admin) {
        DesignatedProject p = load(id);
        if (endYear <= p.designatedYear() + p.constructionYears() - 1) {
            return;
        }
        int before = p.extendTo(endYear);
        changes.save(new ProjectChange(
                id,
                p.status().name(),
                p.status().name(),
                admin.getUsername(),
                HistoryReason.key("project.history.periodExtended", before, endYear),
                clock.instant()));
    }

    /** Revokes the project (撤销); its slot of the target is free again. */
    @Transactional
    public void revoke(long id, String reason, long expectedVersion, PortalUser admin) {
        DesignatedProject p = load(id);
        Versions.expect(p.version(), expectedVersion, "project");
        ProjectStatus from = p.revoke(Acting.as(admin, ProjectMove.REVOKE), reason);
        changes.save(
                new ProjectChange(id, from.name(), p.status().name(), admin.getUsername(), reason, clock.instant()));
    }

    private DesignatedProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
    }
}
