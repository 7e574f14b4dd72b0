package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.supervision.plan.PlanTasks;
import cn.gov.hunan.chuyi.supervision.plan.PlanYear;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Tasks as pages show them: the team's, the city's and the school's names, read once for the whole list. */
@Component
class TaskViews {

    private final AccountDirectory accounts;
    private final RegionDirectory regions;
    private final OrganizationDirectory organizations;

    TaskViews(AccountDirectory accounts, RegionDirectory regions, OrganizationDirectory organizations) {
        this.accounts = accounts;
        this.regions = regions;
        this.organizations = organizations;
    }

    /** The tasks with their plans' year and state; {@code plans} holds every task's plan. */
    List<TaskView> views(List<InspectionTask> found, Map<Long, PlanYear> plans) {
        Names names = names(found);
        return found.stream()
                .map(t -> {
                    PlanYear plan = plans.get(t.planId());
                    return new TaskView(
                            t.id(),
                            t.planId(),
                            plan.year(),
                            plan.status(),
                            t.cityCode(),
                            names.city(t),
                            t.organizationId(),
                            names.school(t),
                            t.status(),
                            t.leadId(),
                            names.lead(t),
                            names.members(t),
                            List.copyOf(t.memberIds()),
                            t.visitFrom(),
                            t.visitTo(),
                            t.reportSummary(),
                            t.totalScore(),
                            t.grade(),
                            Map.copyOf(t.data()),
                            Map.copyOf(t.scores()),
                            t.version());
                })
                .toList();
    }

    /** The tasks as their plan's page lists them for {@code viewer} (null: nothing offered). */
    List<PlanTasks.Line> lines(List<InspectionTask> found, PortalUser viewer) {
        Names names = names(found);
        return found.stream()
                .map(t -> new PlanTasks.Line(
                        t.id(),
                        t.organizationId() != null ? names.school(t) : names.city(t),
                        t.cityCode(),
                        t.organizationId(),
                        t.leadId(),
                        names.lead(t),
                        names.members(t),
                        List.copyOf(t.memberIds()),
                        t.visitFrom(),
                        t.visitTo(),
                        t.status().name(),
                        t.totalScore(),
                        t.grade() == null ? null : t.grade().name(),
                        viewer != null && TaskMove.ASSIGN_TEAM.offeredTo(viewer, t.status())))
                .toList();
    }

    private Names names(List<InspectionTask> found) {
        Set<Long> people = new HashSet<>();
        found.forEach(t -> people.addAll(t.team()));
        Map<Long, UserSummary> users = accounts.findAll(people);
        var schools = organizations.findAll(found.stream()
                .map(InspectionTask::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new Names(
                users::get,
                id -> schools.get(id).name(),
                code -> regions.city(code).map(City::name).orElse(code));
    }

    private record Names(
            Function<Long, UserSummary> user, Function<Long, String> schoolName, Function<String, String> cityName) {

        String city(InspectionTask t) {
            return cityName.apply(t.cityCode());
        }

        String school(InspectionTask t) {
            return t.organizationId() == null ? null : schoolName.apply(t.organizationId());
        }

        String lead(InspectionTask t) {
            return t.leadId() == null ? null : user.apply(t.leadId()).displayName();
        }

        List<String> members(InspectionTask t) {
            return t.memberIds().stream()
                    .map(user)
                    .map(UserSummary::displayName)
                    .sorted()
                    .toList();
        }
    }
}
