package cn.gov.hunan.chuyi.account.admin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResetRequestRepository extends JpaRepository<ResetRequest, Long> {

    @Query("select r from ResetRequest r where r.status = :status order by r.requestedAt")
    List<ResetRequest> withStatus(ResetRequest.Status status);

    @Query("select r from ResetRequest r where r.requestedBy = :username order by r.requestedAt desc limit 50")
    List<ResetRequest> requestedBy(String username);

    @Query("select r from ResetRequest r where r.userId = :userId order by r.requestedAt desc")
    List<ResetRequest> ofAccount(long userId);
}
