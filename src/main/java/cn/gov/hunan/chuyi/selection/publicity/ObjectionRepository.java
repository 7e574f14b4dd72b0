package cn.gov.hunan.chuyi.selection.publicity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByRoundIdOrderById(long roundId);

    @Query(
            "select count(o) from Objection o where o.roundId = :round and o.status = cn.gov.hunan.chuyi.selection.publicity.ObjectionStatus.OPEN")
    long countOpen(@Param("round") long round);

    @Query(
            "select count(o) from Objection o where o.status = cn.gov.hunan.chuyi.selection.publicity.ObjectionStatus.OPEN")
    long countAllOpen();

    Optional<Objection> findByReference(String reference);

    boolean existsByReference(String reference);

    @Query(
            "select count(o) from Objection o where o.objectorAddress = :address and o.objectorId is null and o.lodgedAt >= :since")
    long countAnonymousFromSince(@Param("address") String address, @Param("since") Instant since);

    @Query("select count(o) from Objection o where o.objectorId = :objector and o.lodgedAt >= :since")
    long countByObjectorSince(@Param("objector") long objector, @Param("since") Instant since);
}
