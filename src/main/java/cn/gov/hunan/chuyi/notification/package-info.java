/**
 * Notification (站内通知): tells users in the portal about the changes that concern them (a nomination of
 * their school returned, a review assigned to them, ...). Listens to the other modules' events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "selection"})
package cn.gov.hunan.chuyi.notification;
