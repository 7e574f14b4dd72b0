package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.selection.PublicNotices;
import cn.gov.hunan.chuyi.supervision.SupervisionResults;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** From the modules' records to the API's (ApiRecords): the one place that decides what leaves the portal. */
final class ApiMapping {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ApiMapping() {}

    static ApiRecords.Program program(ProgramSummary p) {
        return new ApiRecords.Program(
                p.code(),
                p.nameZh(),
                p.nameEn(),
                p.planClause(),
                p.target(),
                p.designated(),
                p.percent(),
                p.remaining(),
                p.unitZh(),
                p.unitEn(),
                p.leadDepartment(),
                p.horizonYear());
    }

    static ApiRecords.Project project(ProjectView p) {
        return new ApiRecords.Project(
                p.id(),
                p.programCode(),
                p.title(),
                p.organizationId(),
                p.organizationName(),
                p.cityCode(),
                p.year(),
                p.constructionYears(),
                p.endYear(),
                p.status().name(),
                p.tier(),
                p.documentNumber(),
                p.midtermConclusion(),
                p.midtermDate(),
                p.acceptanceConclusion(),
                p.acceptanceDate());
    }

    static <S, T> ApiRecords.Page<T> page(Page<S> page, Function<S, T> map) {
        return new ApiRecords.Page<>(
                page.getContent().stream().map(map).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    static ApiRecords.SupervisionPlan plan(SupervisionResults.Plan p) {
        return new ApiRecords.SupervisionPlan(p.id(), p.year(), p.topic(), p.inspectsSchools());
    }

    static ApiRecords.SupervisionResults results(SupervisionResults.Results r) {
        return new ApiRecords.SupervisionResults(
                plan(r.plan()),
                r.lines().stream()
                        .map(l -> new ApiRecords.ResultLine(
                                l.rank(),
                                l.cityCode(),
                                l.subject(),
                                l.total(),
                                l.grade(),
                                l.openFindings(),
                                l.overdueFindings(),
                                l.scores().stream()
                                        .map(s -> new ApiRecords.Score(
                                                s.indicatorId(), s.indicator(), s.weight(), s.score()))
                                        .toList()))
                        .toList());
    }

    static ApiRecords.NoticeList notices(PublicNotices.NoticeList list) {
        int pages = (int) ((list.totalPast() + list.size() - 1) / list.size());
        return new ApiRecords.NoticeList(
                list.current().stream().map(ApiMapping::notice).toList(),
                new ApiRecords.Page<>(
                        list.past().stream().map(ApiMapping::notice).toList(),
                        list.page(),
                        list.size(),
                        list.totalPast(),
                        pages));
    }

    static ApiRecords.Notice notice(PublicNotices.Notice n) {
        return new ApiRecords.Notice(
                n.roundId(),
                n.title(),
                n.programCode(),
                n.year(),
                minutes(n.startsAt()),
                minutes(n.endsAt()),
                n.current());
    }

    static ApiRecords.NoticeDetail notice(PublicNotices.Detail d) {
        return new ApiRecords.NoticeDetail(
                notice(d.notice()),
                d.issuer(),
                d.meeting(),
                d.decisionDate(),
                d.outcome(),
                d.nominations().stream()
                        .map(l -> new ApiRecords.Listed(
                                l.nominationId(),
                                l.title(),
                                l.organizationName(),
                                l.cityCode(),
                                l.tier(),
                                l.removed(),
                                l.designated()))
                        .toList());
    }

    private static String minutes(LocalDateTime at) {
        return at == null ? null : at.format(MINUTES);
    }
}
