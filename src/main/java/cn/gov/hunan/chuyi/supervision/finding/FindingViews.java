package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.project.ProjectRegister;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Findings as pages show them: the city's and the school's names and the plan's year, read once for the whole list. */
@Component
class FindingViews {

    private final TaskService tasks;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;
    private final ProjectRegister projects;

    FindingViews(
            TaskService tasks, OrganizationDirectory organizations, RegionDirectory regions, ProjectRegister projects) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.regions = regions;
        this.projects = projects;
    }

    List<FindingView> of(List<Finding> found) {
        Map<Long, OrganizationProfile> orgs = organizations.findAll(found.stream()
                .map(Finding::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Integer> yearOf =
                tasks.yearsOf(found.stream().map(Finding::taskId).collect(Collectors.toSet()));
        Map<Long, ProjectView> about = projects.byIds(
                found.stream().map(Finding::projectId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream()
                .map(f -> f.toView(
                        cityName(f.cityCode()),
                        f.organizationId() == null
                                ? null
                                : orgs.get(f.organizationId()).name(),
                        yearOf.get(f.taskId()),
                        f.projectId() == null ? null : about.get(f.projectId()).title()))
                .toList();
    }

    String cityName(String code) {
        return regions.city(code).map(City::name).orElse(code);
    }
}
