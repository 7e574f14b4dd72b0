package cn.gov.hunan.chuyi.api;

/** A key's state; an active key past its expiry is refused as well, without a change of state. */
public enum ApiKeyStatus {
    ACTIVE,
    REVOKED
}
