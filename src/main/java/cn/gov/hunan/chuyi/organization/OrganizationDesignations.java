package cn.gov.hunan.chuyi.organization;

import java.util.List;
import java.util.Locale;

/**
 * The designated projects of an organisation, for its profile page. Implemented by the project module,
 * so that the register depends on the directory and not the reverse.
 */
public interface OrganizationDesignations {

    List<Designation> designationsOf(long organizationId);

    /** One designated project of the organisation. */
    record Designation(
            long projectId,
            String programCode,
            String programNameZh,
            String programNameEn,
            String title,
            int year,
            String status,
            String tier,
            boolean demo) {

        public String programName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? programNameEn : programNameZh;
        }
    }
}
