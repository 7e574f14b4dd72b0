package cn.gov.hunan.chuyi.notification;

/** How a user receives one kind of notice: always in the portal, and, when they chose so, by e-mail. */
public enum NoticeChannel {
    /** In the portal only (the default). */
    IN_APP,
    /** Also one e-mail per notice. */
    EMAIL,
    /** Also by e-mail, in one mail a day with the day's notices. */
    DIGEST;

    boolean byMail() {
        return this != IN_APP;
    }
}
