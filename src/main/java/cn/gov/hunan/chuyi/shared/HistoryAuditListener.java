package cn.gov.hunan.chuyi.shared;

import jakarta.persistence.PostPersist;
import java.lang.reflect.Field;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every history line of every module is also an audit event (a business state change). Hibernate creates
 * this listener through Spring, so it gets the event publisher; the record it names is the history class
 * and the first id column the module's history entity declares.
 */
public class HistoryAuditListener {

    private final ApplicationEventPublisher events;

    public HistoryAuditListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    void recorded(HistoryEntry entry) {
        HistoryLine line = entry.toLine();
        String change = (line.from() == null ? "" : line.from() + " → ") + line.to();
        events.publishEvent(new Audited(
                line.actor(),
                "STATE_CHANGE",
                entry.getClass().getSimpleName(),
                subjectOf(entry),
                "SUCCESS",
                line.reasonForAudit() == null ? change : change + "：" + line.reasonForAudit()));
    }

    private static String subjectOf(HistoryEntry entry) {
        for (Field field : entry.getClass().getDeclaredFields()) {
            if (field.getName().endsWith("Id") && (field.getType() == long.class || field.getType() == Long.class)) {
                try {
                    field.setAccessible(true);
                    return String.valueOf(field.get(entry));
                } catch (IllegalAccessException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}
