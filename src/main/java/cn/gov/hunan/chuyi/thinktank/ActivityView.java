package cn.gov.hunan.chuyi.thinktank;

import java.time.LocalDate;

/** An activity as pages show it; {@code coming} when its day is today or later. */
public record ActivityView(
        long id,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        String speakers,
        String place,
        Integer attendance,
        String summary,
        boolean cancelled,
        String cancelReason,
        boolean demo,
        boolean coming,
        long version) {}
