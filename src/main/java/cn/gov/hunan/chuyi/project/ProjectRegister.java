package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.organization.OrganizationDesignations;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.ProgramDesignations;
import cn.gov.hunan.chuyi.program.ProgramSummary;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of designated projects (立项项目库), as the catalogue and the dashboard read it. */
@Service
@Transactional(readOnly = true)
public class ProjectRegister implements ProgramDesignations, OrganizationDesignations {

    static final String CITY_SECONDARY_SCHOOL = "CITY_SECONDARY_SCHOOL";

    private static final List<ProjectStatus> COUNTING = Arrays.stream(ProjectStatus.values())
            .filter(ProjectStatus::countsTowardTarget)
            .toList();

    private final DesignatedProjectRepository projects;
    private final OrganizationDirectory organizations;
    // the catalogue asks this register for its counts: looked up when needed, not at construction
    private final ObjectProvider<ProgramCatalogue> programs;

    ProjectRegister(
            DesignatedProjectRepository projects,
            OrganizationDirectory organizations,
            ObjectProvider<ProgramCatalogue> programs) {
        this.projects = projects;
        this.organizations = organizations;
        this.programs = programs;
    }

    @Override
    public List<Designation> designationsOf(long organizationId) {
        var found = projects.findByOrganizationIdOrderByDesignatedYearDescIdDesc(organizationId);
        if (found.isEmpty()) {
            return List.of();
        }
        var names = programs.getObject().all().stream().collect(Collectors.toMap(ProgramSummary::code, p -> p));
        return found.stream()
                .map(p -> {
                    var program = names.get(p.programCode());
                    return new Designation(
                            p.id(),
                            p.programCode(),
                            program.nameZh(),
                            program.nameEn(),
                            p.title(),
                            p.designatedYear(),
                            p.status().name(),
                            p.tier(),
                            p.demo());
                })
                .toList();
    }

    @Override
    public Map<String, Long> designatedCounts() {
        return projects.countByProgram(COUNTING).stream()
                .collect(Collectors.toMap(
                        DesignatedProjectRepository.ProgramCount::getProgramCode,
                        DesignatedProjectRepository.ProgramCount::getDesignated));
    }

    @Override
    public long heldBy(String programCode, long organizationId) {
        return projects.countByProgramCodeAndOrganizationIdAndStatusIn(programCode, organizationId, COUNTING);
    }

    @Override
    public List<ProgramProject> projectsOf(String programCode) {
        var found = projects.findByProgramCodeOrderByDesignatedYearDescIdDesc(programCode);
        var owners = owners(found);
        return found.stream()
                .map(p -> new ProgramProject(
                        p.id(),
                        p.title(),
                        p.organizationId(),
                        owners.get(p.organizationId()).name(),
                        p.designatedYear(),
                        p.status().name(),
                        p.tier(),
                        p.demo()))
                .toList();
    }

    /**
     * The flagship secondary school of each city that has one, by city code. Should a city hold two
     * (a replaced rebuild), the newest counts.
     */
    public Map<String, CityFlagship> cityFlagships() {
        var found = projects.findByProgramCodeOrderByDesignatedYearDescIdDesc(CITY_SECONDARY_SCHOOL);
        var owners = owners(found);
        Map<String, CityFlagship> byCity = new LinkedHashMap<>();
        for (var project : found) {
            OrganizationProfile owner = owners.get(project.organizationId());
            if (project.status().countsTowardTarget() && owner.cityCode() != null) {
                byCity.putIfAbsent(
                        owner.cityCode(),
                        new CityFlagship(owner.cityCode(), project.id(), owner.id(), owner.name(), project.title()));
            }
        }
        return byCity;
    }

    /** Projects of each programme by status, every status present (zero when none). */
    public Map<String, Map<ProjectStatus, Long>> statusCounts() {
        Map<String, Map<ProjectStatus, Long>> counts = new LinkedHashMap<>();
        for (var row : projects.countByProgramAndStatus()) {
            counts.computeIfAbsent(row.getProgramCode(), c -> zeroByStatus()).put(row.getStatus(), row.getProjects());
        }
        return counts;
    }

    static Map<ProjectStatus, Long> zeroByStatus() {
        Map<ProjectStatus, Long> zero = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            zero.put(status, 0L);
        }
        return zero;
    }

    /** Designated (counting) projects of each city by programme: city code → programme code → count. */
    public Map<String, Map<String, Long>> cityProgramCounts() {
        var rows = projects.countByOrganizationAndProgram(COUNTING);
        var owners = organizations.findAll(rows.stream()
                .map(DesignatedProjectRepository.OrganizationCount::getOrganizationId)
                .collect(Collectors.toSet()));
        Map<String, Map<String, Long>> byCity = new LinkedHashMap<>();
        for (var row : rows) {
            String city = owners.get(row.getOrganizationId()).cityCode();
            if (city != null) {
                byCity.computeIfAbsent(city, c -> new LinkedHashMap<>())
                        .merge(row.getProgramCode(), row.getProjects(), Long::sum);
            }
        }
        return byCity;
    }

    /**
     * Projects by id, whoever asks: for supervision, which inspects chosen projects and decides itself who may see
     * its tasks and findings. Two statements whatever the number.
     */
    public Map<Long, ProjectView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = projects.findAllById(ids);
        var owners = owners(found);
        return found.stream()
                .collect(Collectors.toMap(
                        DesignatedProject::id,
                        p -> p.toView(
                                owners.get(p.organizationId()).name(),
                                owners.get(p.organizationId()).cityCode())));
    }

    /** The running projects of the organisations in a city, by programme and id: what an inspection of it may choose. */
    public List<ProjectView> runningInCity(String cityCode) {
        List<Long> organizationIds = organizations.idsInCity(cityCode);
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        var found = projects.findByOrganizationIdInAndStatusInOrderByProgramCodeAscIdAsc(
                organizationIds,
                Arrays.stream(ProjectStatus.values())
                        .filter(ProjectStatus::running)
                        .toList());
        var owners = owners(found);
        return found.stream()
                .map(p -> p.toView(
                        owners.get(p.organizationId()).name(),
                        owners.get(p.organizationId()).cityCode()))
                .toList();
    }

    /**
     * The whole register a page at a time, by id, whoever asks (the read-only API for the province's data centre):
     * three statements (the page, its count, the organisations) whatever the page's size.
     */
    public Page<ProjectView> register(int page, int size) {
        var found = projects.findAll(PageRequest.of(page, size, Sort.by("id")));
        var owners = owners(found.getContent());
        return found.map(p -> p.toView(
                owners.get(p.organizationId()).name(),
                owners.get(p.organizationId()).cityCode()));
    }

    /** The organisations of the given projects, read in one statement. */
    private Map<Long, OrganizationProfile> owners(List<DesignatedProject> found) {
        return organizations.findAll(
                found.stream().map(DesignatedProject::organizationId).collect(Collectors.toSet()));
    }
}
