package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.support.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unread count on every page's bar: counted once per few seconds per user, and again after a change. */
class NotificationCenterTests {

    private final NotificationRepository repository = mock(NotificationRepository.class);
    private final HandClock clock = new HandClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final NotificationCenter center = new NotificationCenter(
            repository, mock(MailOutbox.class), mock(NoticeText.class), clock, Duration.ofSeconds(10));

    @Test
    void theCountIsKeptForAFewSecondsPerUser() {
        when(repository.countUnread(7)).thenReturn(3L, 4L);
        when(repository.countUnread(8)).thenReturn(1L);
        assertThat(center.unreadCount(7)).isEqualTo(3);
        clock.advance(Duration.ofSeconds(9));
        assertThat(center.unreadCount(7)).isEqualTo(3);
        assertThat(center.unreadCount(8)).isEqualTo(1);
        verify(repository, times(1)).countUnread(7);
        clock.advance(Duration.ofSeconds(2));
        assertThat(center.unreadCount(7)).isEqualTo(4);
        verify(repository, times(2)).countUnread(7);
    }

    @Test
    void aNoticeOrReadingThemCountsAgainAtOnce() {
        when(repository.countUnread(7)).thenReturn(0L, 1L, 0L);
        when(repository.save(any())).thenAnswer(i -> i.getArgument(0));
        assertThat(center.unreadCount(7)).isEqualTo(0);
        center.send(List.of(7L), "notice.key", "/somewhere", List.of());
        assertThat(center.unreadCount(7)).isEqualTo(1);
        center.markAllRead(7);
        assertThat(center.unreadCount(7)).isEqualTo(0);
    }

    @Test
    void withNoFreshnessEveryPageCounts() {
        var always = new NotificationCenter(
                repository, mock(MailOutbox.class), mock(NoticeText.class), clock, Duration.ZERO);
        when(repository.countUnread(7)).thenReturn(2L);
        always.unreadCount(7);
        always.unreadCount(7);
        verify(repository, times(2)).countUnread(7);
    }
}
