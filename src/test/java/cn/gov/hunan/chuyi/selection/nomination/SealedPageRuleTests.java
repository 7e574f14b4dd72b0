package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.hunan.chuyi.attachment.FileType;
import org.junit.jupiter.api.Test;

/** Issue #18: no submission without the page the unit signed and sealed, which is a PDF or a scan. */
class SealedPageRuleTests {

    @Test
    void aNominationWithoutItsSealedPageIsRefusedWithTheReason() {
        var refused = catchThrowableOfType(NominationRejected.class, () -> SealedPageRule.requireSealedPage(false));
        assertThat(refused.messageKey()).isEqualTo("sealpage.error.missing");
    }

    @Test
    void aNominationWithItsSealedPageMayGoOn() {
        assertThatCode(() -> SealedPageRule.requireSealedPage(true)).doesNotThrowAnyException();
    }

    @Test
    void theSealedPageIsAPdfOrAnImageNeverAnOfficeFile() {
        assertThat(SealedPages.ACCEPTED).containsExactlyInAnyOrder(FileType.PDF, FileType.JPEG, FileType.PNG);
    }
}
