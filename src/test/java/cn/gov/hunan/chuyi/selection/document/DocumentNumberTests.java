package cn.gov.hunan.chuyi.selection.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A 文号 as GB/T 9704 writes it: issuer's code, the year in 〔〕, the sequence without leading zeros, 号. */
class DocumentNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"湘教通〔2026〕12号", "湘教发〔2022〕45号", "湘教督〔2025〕1号", "湘人社函〔2026〕1024号"})
    void wellFormedNumbersPass(String number) {
        assertThat(DocumentNumber.valid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "湘教通[2026]12号",
                "湘教通（2026）12号",
                "湘教通〔2026〕012号",
                "湘教通〔26〕12号",
                "湘教通〔2026〕12",
                "湘教通 〔2026〕12号",
                "XJT〔2026〕12号",
                "湘教通〔2026〕12345号",
                ""
            })
    void malformedNumbersAreRefused(String number) {
        assertThat(DocumentNumber.valid(number)).isFalse();
    }
}
