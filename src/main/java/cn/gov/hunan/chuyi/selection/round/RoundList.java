package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.program.ProgramSummary;
import cn.gov.hunan.chuyi.selection.nomination.OpenRound;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The rounds page for one viewer: a page of rounds, the filters, the rounds open to the viewer's school, and whether
 * the viewer may set up a new round.
 */
public record RoundList(
        Page<RoundSummary> rounds, List<ProgramSummary> programs, List<OpenRound> openRounds, boolean mayCreate) {

    public RoundStatus[] statuses() {
        return RoundStatus.values();
    }
}
