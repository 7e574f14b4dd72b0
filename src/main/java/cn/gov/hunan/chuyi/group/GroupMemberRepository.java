package cn.gov.hunan.chuyi.group;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    List<GroupMember> findByGroupIdOrderByJoinedOnAscIdAsc(long groupId);

    List<GroupMember> findByOrganizationIdOrderByJoinedOnDesc(long organizationId);

    boolean existsByGroupIdAndOrganizationIdAndLeftOnIsNull(long groupId, long organizationId);

    /** Current members of the given groups, in one statement. */
    List<GroupMember> findByGroupIdInAndLeftOnIsNull(Collection<Long> groupIds);

    @Query("""
            select m.groupId as groupId, count(m) as members from GroupMember m
            where m.groupId in :groupIds and m.leftOn is null group by m.groupId
            """)
    List<MemberCount> countCurrent(Collection<Long> groupIds);

    interface MemberCount {
        long getGroupId();

        long getMembers();
    }
}
