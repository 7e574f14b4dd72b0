package cn.gov.hunan.chuyi.supervision.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    Optional<Bulletin> findByPlanId(long planId);

    Optional<Bulletin> findByPlanYear(int planYear);

    boolean existsByDocumentNumber(String documentNumber);

    /** Every issued bulletin, latest year first: the public list (one a year). */
    List<BulletinSummary> findAllByOrderByPlanYearDesc();

    /** A line of the public list, without the document's lines. */
    interface BulletinSummary {
        int getPlanYear();

        String getTopic();

        String getDocumentNumber();

        LocalDate getIssuedOn();
    }
}
