package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.hunan.chuyi.attachment.FileType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: no submission without the page the unit signed and sealed, which is a PDF or a scan; one refusal names
 * everything missing, the sealed page among the content's gaps.
 */
class SealedPageRuleTests {

    @Test
    void aCompleteNominationWithoutItsSealedPageIsRefusedWithTheReason() {
        var refused =
                catchThrowableOfType(NominationRejected.class, () -> SealedPageRule.requireComplete(List.of(), false));
        assertThat(refused.messageKey()).isEqualTo("sealpage.error.missing");
    }

    @Test
    void aCompleteNominationWithItsSealedPageMayGoOn() {
        assertThatCode(() -> SealedPageRule.requireComplete(List.of(), true)).doesNotThrowAnyException();
    }

    @Test
    void anIncompleteNominationWithoutItsSealedPageIsToldEverythingAtOnce() {
        var gaps = List.of("selection.nomination.missing.plan", "selection.nomination.missing.attachment");
        var refused =
                catchThrowableOfType(NominationIncomplete.class, () -> SealedPageRule.requireComplete(gaps, false));
        assertThat(refused.messageKey()).isEqualTo("selection.nomination.error.incomplete");
        assertThat(refused.itemKeys())
                .containsExactly(
                        "selection.nomination.missing.plan",
                        "selection.nomination.missing.attachment",
                        "sealpage.missing.item");
    }

    @Test
    void anIncompleteNominationWithItsSealedPageListsTheContentOnly() {
        var gaps = List.of("selection.nomination.missing.summary");
        var refused =
                catchThrowableOfType(NominationIncomplete.class, () -> SealedPageRule.requireComplete(gaps, true));
        assertThat(refused.itemKeys()).containsExactly("selection.nomination.missing.summary");
    }

    @Test
    void theSealedPageIsAPdfOrAnImageNeverAnOfficeFile() {
        assertThat(SealedPages.ACCEPTED).containsExactlyInAnyOrder(FileType.PDF, FileType.JPEG, FileType.PNG);
    }
}
