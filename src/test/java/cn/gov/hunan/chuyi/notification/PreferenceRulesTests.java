package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferenceRulesTests {

    @Test
    void aUserWithoutAnAddressIsNotifiedInThePortalOnly() {
        var checked = PreferenceRules.check("  ", "zh-CN", Map.of());
        assertThat(checked.email()).isNull();
        assertThat(checked.channels())
                .hasSize(NoticeKind.values().length)
                .allSatisfy((k, c) -> assertThat(c).isEqualTo(NoticeChannel.IN_APP));
    }

    @Test
    void anAddressIsTrimmedAndKindsWithoutAChoiceStayInThePortal() {
        var checked = PreferenceRules.check(
                " li.hua@edu.hunan.gov.cn ", "en", Map.of(NoticeKind.REMINDER, NoticeChannel.DIGEST));
        assertThat(checked.email()).isEqualTo("li.hua@edu.hunan.gov.cn");
        assertThat(checked.channels())
                .containsEntry(NoticeKind.REMINDER, NoticeChannel.DIGEST)
                .containsEntry(NoticeKind.SELECTION, NoticeChannel.IN_APP);
    }

    @Test
    void eMailOrTheDigestNeedsAnAddress() {
        for (NoticeChannel byMail : List.of(NoticeChannel.EMAIL, NoticeChannel.DIGEST)) {
            assertThatThrownBy(() -> PreferenceRules.check("", "zh-CN", Map.of(NoticeKind.PROJECT, byMail)))
                    .isInstanceOfSatisfying(
                            PreferencesRejected.class,
                            r -> assertThat(r.problems())
                                    .containsExactly(new PreferencesRejected.Problem(
                                            "email", "notification.preferences.error.emailNeeded")));
        }
    }

    @Test
    void anAddressIsOneMailboxWithNothingAHeaderCouldBeSplitOn() {
        for (String bad : List.of(
                "li.hua",
                "li@hua",
                "@edu.cn",
                "li hua@edu.cn",
                "li@edu.cn, boss@edu.cn",
                "li@edu.cn;boss@edu.cn",
                "Li <li@edu.cn>",
                "li@edu.cn\r\nBcc: boss@edu.cn",
                "li@@edu.cn",
                "a".repeat(65) + "@edu.cn",
                "li@" + "e".repeat(250) + ".cn")) {
            assertThatThrownBy(() -> PreferenceRules.check(bad, "zh-CN", Map.of()))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            PreferencesRejected.class,
                            r -> assertThat(r.problems())
                                    .extracting(PreferencesRejected.Problem::messageKey)
                                    .containsExactly("notification.preferences.error.email"));
        }
    }

    @Test
    void onlyTheLanguagesThePortalWritesIn() {
        assertThatThrownBy(() -> PreferenceRules.check("", "fr", Map.of()))
                .isInstanceOfSatisfying(
                        PreferencesRejected.class, r -> assertThat(r.field()).isEqualTo("language"));
        assertThatThrownBy(() -> PreferenceRules.check("", null, Map.of())).isInstanceOf(PreferencesRejected.class);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> PreferenceRules.check("nope", "xx", Map.of(NoticeKind.REMINDER, NoticeChannel.EMAIL)))
                .isInstanceOfSatisfying(
                        PreferencesRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(PreferencesRejected.Problem::field)
                                .containsExactly("email", "language"));
    }

    @Test
    void aStoredChoiceIsPerKindAndInThePortalByDefault() {
        var preference = new MailPreference(7);
        preference.change(
                PreferenceRules.check("li@edu.cn", "en", Map.of(NoticeKind.REMINDER, NoticeChannel.EMAIL)),
                Instant.EPOCH);
        assertThat(preference.channel(NoticeKind.REMINDER)).isEqualTo(NoticeChannel.EMAIL);
        assertThat(preference.channel(NoticeKind.PROJECT)).isEqualTo(NoticeChannel.IN_APP);
        assertThat(preference.locale().toLanguageTag()).isEqualTo("en");
    }
}
