package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 公示 as the public reads it, from the data of its round: the programme and the department that runs it
 * (the issuer), the meeting that decided, the period (both ends to the minute), the list, and — once the
 * period is over — the outcome. The flags tell the page what to say; the page never compares states.
 *
 * @param acceptsObjections the period is running: the objection form is shown
 * @param periodOver the period has ended but the round is not closed yet (objections are being handled)
 * @param closed the round closed: the remaining nominations are designated projects
 * @param cancelled the round was cancelled after the notice went up
 */
public record PublicNotice(
        long roundId,
        String title,
        ProgramSummary program,
        int year,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String meeting,
        LocalDate decisionDate,
        boolean acceptsObjections,
        boolean periodOver,
        boolean closed,
        boolean cancelled,
        List<Line> lines) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Meetings are recorded as the department words them, often with their act ("领导小组审议、党组会审定"),
     * sometimes by name only ("厅长办公会"); a bare name needs "审定" after it in the notice's sentence.
     */
    private static final List<String> ACTS = List.of("审定", "审议", "研究", "决定", "通过", "批准", "同意");

    /** One nomination on the notice and what became of it. */
    public record Line(
            long nominationId,
            String title,
            String organizationName,
            String cityCode,
            String tier,
            boolean removed,
            boolean designated) {}

    /** A notice in the public list. */
    public record Entry(long roundId, String title, LocalDateTime startsAt, LocalDateTime endsAt, boolean current) {

        public int year() {
            return startsAt.getYear();
        }
    }

    /** The past notices of one year, on one page of the list. */
    public record YearGroup(int year, List<Entry> entries) {}

    /** The department that issues the notice: the programme's lead department (its official Chinese name). */
    public String issuer() {
        return program.leadDepartment();
    }

    /** The issuing department named in the reader's language. */
    public String issuer(Locale locale) {
        return program.leadDepartment(locale);
    }

    public String programName(Locale locale) {
        return program.name(locale);
    }

    /** Whether the recorded meeting already says what it did, so the sentence adds no "审定". */
    public boolean meetingNamesItsAct() {
        return meeting != null && ACTS.stream().anyMatch(act -> meeting.strip().endsWith(act));
    }

    /** The nominations removed after an upheld objection. */
    public List<Line> removed() {
        return lines.stream().filter(Line::removed).toList();
    }

    public long designatedCount() {
        return lines.stream().filter(Line::designated).count();
    }

    /** The nominations still standing (not removed), for the objection form. */
    public List<Line> standing() {
        return lines.stream().filter(l -> !l.removed()).toList();
    }

    /** An instant as every notice shows it: Asia/Shanghai, to the minute. */
    public static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(PortalTime.local(instant));
    }

    /** Groups a page of past notices (newest first) by the year their period started. */
    static List<YearGroup> byYear(List<Entry> entries) {
        List<YearGroup> groups = new ArrayList<>();
        for (Entry entry : entries) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).year() != entry.year()) {
                groups.add(new YearGroup(entry.year(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).entries().add(entry);
        }
        return groups;
    }
}
