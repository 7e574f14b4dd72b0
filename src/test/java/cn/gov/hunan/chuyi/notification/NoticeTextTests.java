package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A notice's sentence from the real bundles, as the page and the mail show it. */
class NoticeTextTests {

    private final NoticeText text = new NoticeText(bundles());

    @Test
    void theSubjectIsFilledInEvenWhereTheEnglishHasAnApostrophe() {
        assertThat(text.render("notification.supervision.started", List.of("2025 双师型"), Locale.ENGLISH))
                .isEqualTo("The year's supervision has started; please report your figures: 2025 双师型");
    }

    @Test
    void aRemindersKindIsNamedInTheReadersLanguageAndTypedWordsStayAsTyped() {
        assertThat(text.render(
                        Reminders.UPCOMING,
                        List.of("NoticeKind.PROJECT", "NoticeKind.REMINDER", "2025-06-30 17:00"),
                        Locale.SIMPLIFIED_CHINESE))
                .as("the subject is typed words, the kind a key put there by the engine")
                .isEqualTo("【催办】催办与到期提醒“NoticeKind.PROJECT”将于 2025-06-30 17:00 到期，请及时办理。");
    }

    @Test
    void aNominationsNewStateIsTranslated() {
        assertThat(text.render(
                        "notification.nomination.status", List.of("数控技术专业群", "NoticeChannel.EMAIL"), Locale.ENGLISH))
                .isEqualTo("Nomination \"数控技术专业群\" is now: Portal and an e-mail each time");
    }

    private static ResourceBundleMessageSource bundles() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
