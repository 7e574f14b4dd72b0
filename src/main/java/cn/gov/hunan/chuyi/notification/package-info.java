/**
 * Notification (站内通知, 邮件, 催办): tells users about the changes that concern them (a nomination of their school
 * returned, a review assigned to them, ...) in the portal and — for those who gave an address and chose so per kind
 * of notice — by e-mail, through an outbox written in the change's transaction and sent by a scheduled job. Listens
 * to the other modules' events and {@code shared.PortalNotice}. Reminds every deadline the modules declare as
 * {@code shared.DeadlineSource} beans at the configured lead times, once per person, and keeps the ledger of
 * reminders ({@code shared.ReminderLedger}: counts per record, 催办 by hand).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "selection"})
package cn.gov.hunan.chuyi.notification;
