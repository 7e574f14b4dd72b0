package cn.gov.hunan.chuyi.supervision;

import java.util.Collection;

/** Tells users in the portal about a supervision change that concerns them (notification module). */
public record SupervisionNotice(Collection<Long> recipients, String messageKey, String link, String subject) {}
