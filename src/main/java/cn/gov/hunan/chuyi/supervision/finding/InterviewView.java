package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An interview (约谈) as the city's rectification page shows it. */
public record InterviewView(
        long id,
        LocalDate heldOn,
        String participants,
        String notes,
        String recordedBy,
        LocalDateTime recordedAt,
        List<EvidenceView> files) {}
