package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.supervision.SupervisionNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Passes supervision notices on to the users they name. */
@Component
class SupervisionNotifier {

    private final NotificationCenter center;

    SupervisionNotifier(NotificationCenter center) {
        this.center = center;
    }

    @EventListener
    void on(SupervisionNotice notice) {
        center.send(notice.recipients(), notice.messageKey(), notice.link(), notice.subject());
    }
}
