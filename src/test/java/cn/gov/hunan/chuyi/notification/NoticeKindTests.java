package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeKindTests {

    @Test
    void theKindIsTheModuleTheMessageKeyBelongsTo() {
        assertThat(NoticeKind.of("selection.notice.objectionLodged")).isEqualTo(NoticeKind.SELECTION);
        assertThat(NoticeKind.of("notification.nomination.status")).isEqualTo(NoticeKind.SELECTION);
        assertThat(NoticeKind.of("notification.review.assigned")).isEqualTo(NoticeKind.SELECTION);
        assertThat(NoticeKind.of("notification.supervision.finding")).isEqualTo(NoticeKind.SUPERVISION);
        assertThat(NoticeKind.of("supervision.notice.anything")).isEqualTo(NoticeKind.SUPERVISION);
        assertThat(NoticeKind.of("project.notice.reportReviewed")).isEqualTo(NoticeKind.PROJECT);
        assertThat(NoticeKind.of("inheritor.notice.decided")).isEqualTo(NoticeKind.INHERITOR);
    }

    @Test
    void remindersAreTheirOwnKindWhateverTheyChase() {
        assertThat(NoticeKind.of(Reminders.UPCOMING)).isEqualTo(NoticeKind.REMINDER);
        assertThat(NoticeKind.of(Reminders.OVERDUE)).isEqualTo(NoticeKind.REMINDER);
        assertThat(NoticeKind.of(Reminders.BY_HAND)).isEqualTo(NoticeKind.REMINDER);
    }

    @Test
    void anUnknownModuleIsOther() {
        assertThat(NoticeKind.of("thinktank.notice.x")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of("")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of(null)).isEqualTo(NoticeKind.OTHER);
    }
}
