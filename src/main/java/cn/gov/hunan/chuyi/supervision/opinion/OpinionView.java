package cn.gov.hunan.chuyi.supervision.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An opinion as its page, its print view and its PDF show it; {@code grade} is a name of the task module's Grade. */
public record OpinionView(
        long id,
        long taskId,
        OpinionStatus status,
        String preliminary,
        LocalDate replyBy,
        String recordedBy,
        LocalDateTime recordedAt,
        String reply,
        String repliedBy,
        LocalDateTime repliedAt,
        String finalisedBy,
        LocalDateTime finalisedAt,
        String documentNumber,
        String evaluation,
        String grade,
        BigDecimal totalScore,
        String issuedBy,
        LocalDate issuedOn,
        long version) {}
