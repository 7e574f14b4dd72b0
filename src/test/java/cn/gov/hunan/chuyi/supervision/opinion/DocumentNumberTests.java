package cn.gov.hunan.chuyi.supervision.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Document numbers are read in the forms people type and stored in the one written form. */
class DocumentNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"湘教督〔2026〕12号", "湘教督[2026]12号", "湘教督［2026］012号", " 湘教督 (2026) 12 号", "湘教督（2026）12号"})
    void typedFormsAreOneNumber(String typed) {
        DocumentNumber number = DocumentNumber.parse(typed);
        assertThat(number.written()).isEqualTo("湘教督〔2026〕12号");
        assertThat(number.year()).isEqualTo(2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12号", "湘教督2026 12号", "湘教督〔26〕12号", "湘教督〔2026〕0号", "湘教督〔2026〕12", "<script>〔2026〕1号"})
    void otherTextIsRefusedBesideTheField(String typed) {
        assertThatThrownBy(() -> DocumentNumber.parse(typed))
                .isInstanceOf(OpinionRejected.class)
                .hasMessage("supervision.opinion.error.number")
                .satisfies(e -> assertThat(((OpinionRejected) e).field()).isEqualTo("documentNumber"));
    }
}
