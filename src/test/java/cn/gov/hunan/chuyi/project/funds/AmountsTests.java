package cn.gov.hunan.chuyi.project.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.project.FundSource;
import org.junit.jupiter.api.Test;

/** Amounts in yuan as typed and as read from a spreadsheet, and the allocation form's checks. */
class AmountsTests {

    @Test
    void acceptsDigitsWithTwoDecimalsSeparatorsAndTheYuanSign() {
        assertThat(Amounts.parse("1200000"))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200000"));
        assertThat(Amounts.parse(" 1,200,000.50 "))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200000.50"));
        assertThat(Amounts.parse("1，200")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200"));
        assertThat(Amounts.parse("￥300.5"))
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("300.50"));
        assertThat(Amounts.parse("0"))
                .hasValueSatisfying(a -> assertThat(a.scale()).isEqualTo(2));
        assertThat(Amounts.parse("999999999999.99")).isPresent();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {null, "", "  ", "-5", "1.234", "abc", "1e6", "12万", "1000000000000", "=1+1"}) {
            assertThat(Amounts.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void readsSpreadsheetNumbersWithAtMostTwoDecimals() {
        assertThat(Amounts.of(1200000d)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200000"));
        assertThat(Amounts.of(0.1d)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.10"));
        assertThat(Amounts.of(0.125d)).isEmpty();
        assertThat(Amounts.of(-1d)).isEmpty();
        assertThat(Amounts.of(Double.NaN)).isEmpty();
        assertThat(Amounts.of(1e13)).isEmpty();
    }

    @Test
    void theFormRefusesBesideTheWrongField() {
        var ok = AllocationForm.check("2025", "PROVINCIAL", "2,000,000", " 湘财教〔2025〕8号 ");
        assertThat(ok.year()).isEqualTo(2025);
        assertThat(ok.source()).isEqualTo(FundSource.PROVINCIAL);
        assertThat(ok.amount()).isEqualByComparingTo("2000000");
        assertThat(ok.document()).isEqualTo("湘财教〔2025〕8号");
        assertThat(AllocationForm.check("2025", "SCHOOL", "1", "  ").document()).isNull();

        assertThatThrownBy(() -> AllocationForm.check("1999", "PROVINCIAL", "1", null))
                .isInstanceOfSatisfying(
                        FundsRejected.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> AllocationForm.check("2025", "BANK", "1", null))
                .isInstanceOfSatisfying(
                        FundsRejected.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> AllocationForm.check("2025", "CITY", "-1", null))
                .isInstanceOfSatisfying(FundsRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.messageKey()).isEqualTo("funds.error.amount");
                });
        assertThatThrownBy(() -> AllocationForm.check("2025", "CITY", "1", "x".repeat(201)))
                .isInstanceOfSatisfying(
                        FundsRejected.class, e -> assertThat(e.field()).isEqualTo("document"));
    }
}
