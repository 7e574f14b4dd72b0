package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;
import java.time.LocalDate;

/** Think-tank activities for unit tests, brought into a state through the moves of their table. */
final class Activities {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Activities() {}

    static ActivityForm lecture(LocalDate heldOn) {
        var form = new ActivityForm();
        form.setKind(ActivityKind.values()[0]);
        form.setTitle("楚怡讲堂");
        form.setHeldOn(heldOn);
        return form;
    }

    static Activity recorded() {
        var activity = new Activity("xhcy", Instant.parse("2026-05-01T02:00:00Z"));
        activity.fill(lecture(TODAY.plusDays(7)), TODAY);
        return activity;
    }

    static Activity in(ActivityState state) {
        var activity = recorded();
        if (state == ActivityState.CANCELLED) {
            activity.cancel(Role.PROVINCE_ADMIN, "讲者因故缺席");
        }
        return activity;
    }
}
