package cn.gov.hunan.chuyi.shared;

import java.util.Collection;

/**
 * Tells users in the portal about a change that concerns them. Any module publishes it; the notification
 * module delivers it, so that no module needs to depend on notifications.
 *
 * @param messageKey the message, with {@code {0}} for the subject
 * @param link the page the notification opens
 */
public record PortalNotice(Collection<Long> recipients, String messageKey, String link, String subject) {}
