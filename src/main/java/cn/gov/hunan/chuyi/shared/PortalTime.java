package cn.gov.hunan.chuyi.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The portal keeps instants and shows them in Asia/Shanghai, whatever the server's zone. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PortalTime() {}

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
