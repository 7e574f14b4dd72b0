package cn.gov.hunan.chuyi.selection.publicity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObjectionLookupRepository extends JpaRepository<ObjectionLookup, Long> {

    @Query("select count(l) from ObjectionLookup l where l.address = :address and l.lookedUpAt >= :since")
    long countSince(@Param("address") String address, @Param("since") Instant since);

    /** Attempts older than the counting window are of no use any more. */
    @Modifying
    @Query("delete from ObjectionLookup l where l.lookedUpAt < :before")
    int deleteBefore(@Param("before") Instant before);
}
