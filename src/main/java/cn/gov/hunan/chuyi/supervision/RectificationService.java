package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.supervision.finding.Rectifications;
import org.springframework.stereotype.Service;

/** What other modules ask of supervision: the department's dashboard counts the overdue rectification items. */
@Service
public class RectificationService {

    private final Rectifications rectifications;

    RectificationService(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    /** Rectification items past their deadline without an answer, everywhere. */
    public long overdueCount() {
        return rectifications.overdueCount();
    }
}
