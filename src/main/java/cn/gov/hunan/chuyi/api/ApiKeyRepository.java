package cn.gov.hunan.chuyi.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByPrefix(String prefix);

    boolean existsByPrefix(String prefix);

    List<ApiKey> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    /** Marks the key used, at most once a minute, so that a busy key does not write on every call. */
    @Modifying
    @Query(
            value = "update api_key set last_used_at = :now where id = :id"
                    + " and (last_used_at is null or last_used_at < :before)",
            nativeQuery = true)
    int touch(long id, Instant now, Instant before);
}
