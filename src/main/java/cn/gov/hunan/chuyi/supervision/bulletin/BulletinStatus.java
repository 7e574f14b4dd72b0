package cn.gov.hunan.chuyi.supervision.bulletin;

/** Whether a year's bulletin has been issued: there is no draft, the form is the draft, and an issued one stays. */
public enum BulletinStatus {
    NOT_ISSUED,
    ISSUED
}
