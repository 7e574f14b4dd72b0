package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void aPublishedCodeIsValid() {
        assertThat(CreditCode.valid("91350100M000100Y43")).isTrue();
    }

    @Test
    void theCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertThat(CreditCode.check("91350100M000100Y4")).isEqualTo('3');
        String first17 = "12430000444875123";
        assertThat(CreditCode.valid(first17 + CreditCode.check(first17))).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(CreditCode.valid("91350100M000100Y44")).isFalse();
    }

    @Test
    void aWrongLengthOrLettersOutsideTheAlphabetAreRefused() {
        assertThat(CreditCode.valid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.valid("91350100M000100Y433")).isFalse();
        assertThat(CreditCode.valid(null)).isFalse();
        // I, O, S, V and Z are not in the code's alphabet; lower case neither
        assertThat(CreditCode.valid("9135010OM000100Y43")).isFalse();
        assertThat(CreditCode.valid("91350100m000100y43")).isFalse();
    }

    @Test
    void theDivisionPartMustBeDigits() {
        String first17 = "91A50100M000100Y4";
        assertThat(CreditCode.valid(first17 + CreditCode.check(first17))).isFalse();
    }
}
