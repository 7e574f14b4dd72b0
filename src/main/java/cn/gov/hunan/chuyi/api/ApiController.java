package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.project.ProjectRegister;
import cn.gov.hunan.chuyi.selection.PublicNotices;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.SupervisionResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only API, version 1. Who may call what is decided before a request gets here ({@link ApiKeyFilter}: the
 * key and its scope); every answer is public data or data the key's scope names.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = ApiDocument.BEARER)
class ApiController {

    /** The largest page the register and the notices give. */
    static final int MAX_SIZE = 200;

    private final ProgramCatalogue programs;
    private final ProjectRegister register;
    private final SupervisionResults supervision;
    private final PublicNotices publicity;

    ApiController(
            ProgramCatalogue programs,
            ProjectRegister register,
            SupervisionResults supervision,
            PublicNotices publicity) {
        this.programs = programs;
        this.register = register;
        this.supervision = supervision;
        this.publicity = publicity;
    }

    @GetMapping("/programs")
    @Operation(summary = "The programme catalogue with progress (scope PROGRAMS)")
    List<ApiRecords.Program> programs() {
        return programs.all().stream().map(ApiMapping::program).toList();
    }

    @GetMapping("/projects")
    @Operation(summary = "The register of designated projects, by id, a page at a time (scope PROJECTS)")
    ApiRecords.Page<ApiRecords.Project> projects(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        checkBounds(page, size);
        return ApiMapping.page(register.register(page, size), ApiMapping::project);
    }

    @GetMapping("/supervision/results")
    @Operation(summary = "The published supervision plans, newest year first (scope SUPERVISION)")
    List<ApiRecords.SupervisionPlan> supervisionPlans() {
        return supervision.publishedPlans().stream().map(ApiMapping::plan).toList();
    }

    @GetMapping("/supervision/results/{year}")
    @Operation(summary = "A year's published supervision results; 404 when none is published (scope SUPERVISION)")
    List<ApiRecords.SupervisionResults> supervisionResults(@PathVariable int year) {
        var results = supervision.ofYear(year);
        if (results.isEmpty()) {
            throw new NotFoundException("published supervision results", year);
        }
        return results.stream().map(ApiMapping::results).toList();
    }

    @GetMapping("/publicity")
    @Operation(summary = "The public 公示 notices: the current ones and a page of past ones (scope PUBLICITY)")
    ApiRecords.NoticeList notices(
            @Parameter(description = "page of past notices, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        checkBounds(page, size);
        return ApiMapping.notices(publicity.notices(page, size));
    }

    @GetMapping("/publicity/{roundId}")
    @Operation(summary = "A public 公示 notice with its list and outcome (scope PUBLICITY)")
    ApiRecords.NoticeDetail notice(@PathVariable long roundId) {
        return ApiMapping.notice(publicity.notice(roundId));
    }

    private static void checkBounds(int page, int size) {
        if (page < 0) {
            throw new BadParameter("page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameter("size");
        }
    }

    /** A parameter out of its bounds, by name: answered 400 ({@link ApiErrors}). */
    static final class BadParameter extends RuntimeException {

        private final String parameter;

        BadParameter(String parameter) {
            super("bad parameter " + parameter, null, false, false);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
