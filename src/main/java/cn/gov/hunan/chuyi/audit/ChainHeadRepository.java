package cn.gov.hunan.chuyi.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChainHeadRepository extends JpaRepository<ChainHead, Integer> {

    /** The head, locked until the appending transaction ends: appends from every instance line up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.id = 1")
    Optional<ChainHead> lockHead();
}
