package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDateTime;

/** A piece of evidence as listed on a finding. */
public record EvidenceView(
        long id, String originalName, long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {}
