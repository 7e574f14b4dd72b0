package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department uploads allocations from Excel: every row checked, all saved or none. */
@Controller
@RequestMapping("/funds/upload")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class FundUploadController {

    private final AllocationUpload upload;
    private final FundService funds;
    private final MessageSource messages;

    FundUploadController(AllocationUpload upload, FundService funds, MessageSource messages) {
        this.upload = upload;
        this.funds = funds;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "funds/upload";
    }

    /** An empty workbook with the columns in the reader's language, to fill in. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return new Spreadsheet(messages.getMessage("funds.upload.sheet", null, locale))
                .header(messages, locale, AllocationUpload.HEADERS)
                .download("fund-allocations.xlsx");
    }

    @PostMapping
    String upload(
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        AllocationUpload.Result result;
        try (var in = file.getInputStream()) {
            result = upload.read(in);
        }
        if (!result.accepted()) {
            model.addAttribute("problems", result.problems());
            return "funds/upload";
        }
        int saved = funds.addAll(result.rows(), admin);
        redirect.addFlashAttribute("success", "funds.upload.saved");
        redirect.addFlashAttribute("successArgs", new Object[] {saved});
        return "redirect:/funds/upload";
    }
}
