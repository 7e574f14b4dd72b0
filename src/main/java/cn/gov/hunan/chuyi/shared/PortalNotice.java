package cn.gov.hunan.chuyi.shared;

import java.util.Collection;
import java.util.List;

/**
 * Tells users in the portal about a change that concerns them. Any module publishes it; the notification
 * module delivers it — in the portal, and by e-mail to those who chose so — in the transaction of the change, so
 * that no module needs to depend on notifications and a change that rolls back tells nobody.
 *
 * @param messageKey the message, with {@code {0}} for the subject and {@code {1}}, {@code {2}} … for the details;
 *     its first part names the module, which is the kind of notice users choose a channel for
 * @param link the page the notification opens (a path of the portal)
 * @param details further arguments of the message, shown as given (never read as message keys)
 */
public record PortalNotice(
        Collection<Long> recipients, String messageKey, String link, String subject, List<String> details) {

    public PortalNotice {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public PortalNotice(Collection<Long> recipients, String messageKey, String link, String subject) {
        this(recipients, messageKey, link, subject, List.of());
    }
}
