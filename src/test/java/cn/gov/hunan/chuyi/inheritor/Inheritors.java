package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;

/** Nominated people for unit tests, brought into a state through the moves of their table (no reflection). */
final class Inheritors {

    private Inheritors() {}

    /** A person just nominated by school 1. */
    static Inheritor nominated() {
        var form = new NominationForm();
        form.setName("测试");
        form.setPosition("教师");
        form.setAchievements("事迹");
        return new Inheritor(1L, form, "xhcy", Instant.parse("2026-03-01T02:00:00Z"));
    }

    static Inheritor in(InheritorStatus status) {
        var person = nominated();
        switch (status) {
            case NOMINATED -> {}
            case RECOGNISED -> person.move(InheritorMove.RECOGNISE, Role.PROVINCE_ADMIN, 2026, null);
            case DECLINED -> person.move(InheritorMove.DECLINE, Role.PROVINCE_ADMIN, null, "事迹不够突出");
            case WITHDRAWN -> person.move(InheritorMove.WITHDRAW, Role.SCHOOL_ADMIN, null, null);
            case REVOKED -> {
                person.move(InheritorMove.RECOGNISE, Role.PROVINCE_ADMIN, 2026, null);
                person.move(InheritorMove.REVOKE, Role.PROVINCE_ADMIN, null, "事迹不实");
            }
        }
        return person;
    }
}
