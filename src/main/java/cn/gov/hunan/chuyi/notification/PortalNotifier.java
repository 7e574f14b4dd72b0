package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalNotice;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Passes the notices of any module on to the users they name, in the publisher's transaction. */
@Component
class PortalNotifier {

    private final NotificationCenter center;

    PortalNotifier(NotificationCenter center) {
        this.center = center;
    }

    @EventListener
    void on(PortalNotice notice) {
        if (!notice.recipients().isEmpty()) {
            List<String> arguments = new ArrayList<>();
            arguments.add(notice.subject() == null ? "" : notice.subject());
            arguments.addAll(notice.details());
            center.send(notice.recipients(), notice.messageKey(), notice.link(), arguments);
        }
    }
}
