package cn.gov.hunan.chuyi.supervision.results;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A year's results, on the page and as the workbook of the annual education supervision evaluation. */
@Controller
@RequestMapping("/supervision/plans/{id}")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ResultsController {

    private final ResultsService results;
    private final ResultsWorkbook workbook;

    ResultsController(ResultsService results, ResultsWorkbook workbook) {
        this.results = results;
        this.workbook = workbook;
    }

    @GetMapping("/results")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("page", results.page(id));
        return "supervision/plan/results";
    }

    /** The results as an Excel workbook, the input of the annual education supervision evaluation. */
    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, Locale locale) {
        var plan = results.plan(id);
        return workbook.sheet(plan, results.results(id), locale).download(plan.year() + "-supervision-results.xlsx");
    }
}
