package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.DataBinder;

/**
 * What the bundles say about numbers, dates and counts: a value that does not convert gets a sentence in the reader's
 * language (never the converter's English), a count of one is singular in English, and a period reads "a 至 b".
 */
class FormMessagesTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static ResourceBundleMessageSource messages;

    @BeforeAll
    static void bundlesAsTheApplicationLoadsThem() throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/application.properties")), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        messages = new ResourceBundleMessageSource();
        messages.setBasenames(properties.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** A form with a whole number and a date, as the nomination and think-tank forms have. */
    public static class Sample {
        private Integer workStations;
        private LocalDate heldOn;
        private BigDecimal area;

        public Integer getWorkStations() {
            return workStations;
        }

        public void setWorkStations(Integer v) {
            workStations = v;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate v) {
            heldOn = v;
        }

        public BigDecimal getArea() {
            return area;
        }

        public void setArea(BigDecimal v) {
            area = v;
        }
    }

    private static String bindingMessage(String field, String value, Locale locale) {
        var binder = new DataBinder(new Sample(), "sample");
        var conversion = new DefaultFormattingConversionService();
        binder.setConversionService(conversion);
        binder.bind(new MutablePropertyValues(Map.of(field, value)));
        BeanPropertyBindingResult result = (BeanPropertyBindingResult) binder.getBindingResult();
        assertThat(result.hasFieldErrors(field)).as(field + " refused").isTrue();
        return messages.getMessage(result.getFieldError(field), locale);
    }

    @Test
    void aNumberTooLargeOrNotANumberIsRefusedInTheReadersLanguage() {
        String zh = bindingMessage("workStations", "99999999999999999999", ZH);
        assertThat(zh).isEqualTo("请填写整数，且不超过 2147483647。").doesNotContain("Failed to convert");
        assertThat(bindingMessage("workStations", "twelve", Locale.ENGLISH))
                .isEqualTo("Enter a whole number no greater than 2147483647.");
        assertThat(bindingMessage("heldOn", "2026-13-45", ZH)).isEqualTo("日期格式应为 yyyy-MM-dd，例如 2026-03-01。");
        assertThat(bindingMessage("area", "12,5", Locale.ENGLISH)).isEqualTo("Enter a number (decimals allowed).");
    }

    @Test
    void requestParametersThatDoNotConvertNameTheSameKeys() {
        assertThat(RefusalAdvice.typeMismatchKey(int.class)).isEqualTo("typeMismatch.java.lang.Integer");
        assertThat(RefusalAdvice.typeMismatchKey(long.class)).isEqualTo("typeMismatch.java.lang.Long");
        assertThat(RefusalAdvice.typeMismatchKey(BigDecimal.class)).isEqualTo("typeMismatch.java.math.BigDecimal");
        assertThat(RefusalAdvice.typeMismatchKey(LocalDate.class)).isEqualTo("typeMismatch.java.time.LocalDate");
        assertThat(RefusalAdvice.typeMismatchKey(Thread.State.class)).isEqualTo("typeMismatch");
        for (Class<?> type : new Class<?>[] {
            int.class, long.class, BigDecimal.class, LocalDate.class, LocalDateTime.class, Thread.State.class
        }) {
            String key = RefusalAdvice.typeMismatchKey(type);
            assertThat(messages.getMessage(key, null, ZH)).as(key).isNotBlank();
            assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as(key).isNotBlank();
        }
    }

    @Test
    void oneIsSingularInEnglish() {
        assertThat(messages.getMessage("selection.round.days", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 day");
        assertThat(messages.getMessage("selection.round.days", new Object[] {7}, Locale.ENGLISH))
                .isEqualTo("7 days");
        assertThat(messages.getMessage("project.list.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 project");
        assertThat(messages.getMessage("project.list.count", new Object[] {1234L}, Locale.ENGLISH))
                .isEqualTo("1,234 projects");
        assertThat(messages.getMessage("project.reports.count", new Object[] {1L, 0L}, Locale.ENGLISH))
                .isEqualTo("1 report owed, 0 of them overdue");
        assertThat(messages.getMessage("supervision.rectification.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 item");
        assertThat(messages.getMessage("selection.review.autoAssign", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("Assign automatically (1 expert each)");
        assertThat(messages.getMessage("supervision.plan.scopeSchoolsCount", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 school inspected");
        assertThat(messages.getMessage("audit.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 event");
        assertThat(messages.getMessage("organization.list.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 organisation");
        assertThat(messages.getMessage("selection.nomination.list.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 nomination");
        assertThat(messages.getMessage("selection.round.days", new Object[] {1}, ZH))
                .isEqualTo("1 天");
    }

    @Test
    void aPeriodReadsFromTo() {
        assertThat(messages.getMessage("forms.period", new Object[] {"2026-11-01", "2026-11-05"}, ZH))
                .isEqualTo("2026-11-01 至 2026-11-05");
        assertThat(messages.getMessage("forms.period", new Object[] {"2026-11-01", "2026-11-05"}, Locale.ENGLISH))
                .isEqualTo("2026-11-01 to 2026-11-05");
    }

    @Test
    void anEmptyFileIsNamedAndToldApartFromNoFile() {
        assertThat(messages.getMessage("attachment.error.empty", new Object[] {"申报书.pdf"}, ZH))
                .contains("申报书.pdf")
                .contains("0 字节");
        assertThat(messages.getMessage("attachment.error.empty", new Object[] {"plan.pdf"}, Locale.ENGLISH))
                .contains("\"plan.pdf\"")
                .contains("empty (0 bytes)");
        assertThat(messages.getMessage("attachment.error.missing", null, ZH)).isEqualTo("请选择要上传的文件。");
    }
}
