package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.supervision.plan.PlanTasks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The plan's side of its tasks: created when it starts, counted before it is published, listed on its page. */
@Component
class TasksOfPlans implements PlanTasks {

    private final TaskRepository tasks;
    private final TaskViews views;
    private final RegionDirectory regions;
    private final OrganizationDirectory organizations;

    TasksOfPlans(TaskRepository tasks, TaskViews views, RegionDirectory regions, OrganizationDirectory organizations) {
        this.tasks = tasks;
        this.views = views;
        this.regions = regions;
        this.organizations = organizations;
    }

    @Override
    public void start(long planId, Set<Long> schoolIds, LocalDate visitFrom, LocalDate visitTo) {
        if (!schoolIds.isEmpty()) {
            for (var school : organizations.findAll(schoolIds).values()) {
                tasks.save(new InspectionTask(planId, school.cityCode(), school.id(), visitFrom, visitTo));
            }
        } else {
            for (City city : regions.cities()) {
                tasks.save(new InspectionTask(planId, city.code(), visitFrom, visitTo));
            }
        }
    }

    @Override
    public long unreported(long planId) {
        return tasks.findByPlanIdOrderByCityCode(planId).stream()
                .filter(t -> t.status() != TaskStatus.REPORTED)
                .count();
    }

    @Override
    public List<Line> lines(long planId, PortalUser viewer) {
        return views.lines(tasks.findByPlanIdOrderByCityCode(planId), viewer);
    }
}
