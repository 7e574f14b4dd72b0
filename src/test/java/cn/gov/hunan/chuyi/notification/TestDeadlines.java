package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.shared.DeadlineSource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;

/**
 * Stands in for the modules' deadline sources: the deadlines a test puts here. Static, so that a second application
 * context (another instance, a restart) sees the same deadlines, as two instances read the same tables. A test
 * component: only the contexts that import it have it.
 */
@TestComponent
class TestDeadlines implements DeadlineSource {

    static final List<Deadline> DEADLINES = new CopyOnWriteArrayList<>();

    @Override
    public List<Deadline> openDeadlines(Instant from, Instant to) {
        return DEADLINES.stream()
                .filter(d -> !d.due().isBefore(from) && d.due().isBefore(to))
                .toList();
    }
}
