package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Passes the notices of any module on to the users they name. */
@Component
class PortalNotifier {

    private final NotificationCenter center;

    PortalNotifier(NotificationCenter center) {
        this.center = center;
    }

    @EventListener
    void on(PortalNotice notice) {
        if (!notice.recipients().isEmpty()) {
            center.send(notice.recipients(), notice.messageKey(), notice.link(), notice.subject());
        }
    }
}
