package cn.gov.hunan.chuyi.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A membership's rules (leaving once, not before joining, with a reason) and who may change a group. */
class GroupMembershipTests {

    private static final LocalDate JOINED = LocalDate.of(2020, 9, 1);

    private static GroupMember member() {
        return new GroupMember(1L, 7L, JOINED);
    }

    private static VocationalGroup ledBy(long organizationId) {
        return new VocationalGroup(
                "湖南现代物流职业教育集团", organizationId, LocalDate.of(2015, 6, 18), null, Instant.parse("2020-01-01T00:00:00Z"));
    }

    private static PortalUser user(Role role, Long organizationId) {
        return new PortalUser(1L, "u", "u", "", true, Set.of(role), "430100", organizationId);
    }

    @Test
    void aMemberLeavesOnceOnADayNotBeforeItJoinedWithAReason() {
        var member = member();
        assertThatThrownBy(() -> member.leave(JOINED.minusDays(1), "退出"))
                .isInstanceOf(GroupRejected.class)
                .hasMessage("group.error.leftBeforeJoined");
        assertThatThrownBy(() -> member.leave(null, "退出")).hasMessage("group.error.leftBeforeJoined");
        assertThatThrownBy(() -> member.leave(JOINED, " ")).hasMessage("group.error.leftReason");
        assertThat(member.current()).isTrue();
        member.leave(JOINED, " 合作到期 ");
        assertThat(member.current()).isFalse();
        assertThat(member.leftReason()).isEqualTo("合作到期");
        assertThatThrownBy(() -> member.leave(JOINED.plusDays(1), "再次")).hasMessage("group.error.alreadyLeft");
    }

    @Test
    void theDepartmentAndTheLeadsAdministratorManageAGroupAndOnlyTheDepartmentSetsOneUp() {
        var group = ledBy(5L);
        assertThat(GroupService.mayManage(user(Role.PROVINCE_ADMIN, null), group))
                .isTrue();
        assertThat(GroupService.mayManage(user(Role.SCHOOL_ADMIN, 5L), group)).isTrue();
        assertThat(GroupService.mayManage(user(Role.SCHOOL_ADMIN, 6L), group))
                .as("a member school")
                .isFalse();
        assertThat(GroupService.mayManage(user(Role.CITY_OFFICER, 5L), group)).isFalse();
        for (Role role : Role.values()) {
            assertThat(GroupService.mayCreate(user(role, 5L))).as(role.name()).isEqualTo(role == Role.PROVINCE_ADMIN);
        }
    }
}
