package cn.gov.hunan.chuyi.imports;

import java.util.List;

/**
 * What the shared upload fragments ({@code imports/fragments :: upload} and {@code :: history}) show, whichever module
 * owns the import: where its pages live, how the template step is worded, whether this user may upload now, and the
 * latest uploads. The page asks {@link #mayUpload}; who may upload and when is the owning module's rule.
 *
 * @param base the import's address: the template is at {@code base/template}, a report at {@code base/{id}}
 * @param templateStepKey the message key of the "download the template" step
 */
public record ImportPage(String base, String templateStepKey, boolean mayUpload, List<ImportLine> recent) {

    public ImportPage {
        recent = List.copyOf(recent);
    }
}
