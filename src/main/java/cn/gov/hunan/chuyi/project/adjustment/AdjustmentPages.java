package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.ProjectMove;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.Tier;
import cn.gov.hunan.chuyi.shared.Move;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The adjustments card of a project's page, and the public list of the year's adjustments. */
@Service
@Transactional(readOnly = true)
public class AdjustmentPages {

    private final AdjustmentService adjustments;

    AdjustmentPages(AdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    /** The card: the project's adjustments and the kinds the viewer may decide now (the tables answer). */
    public record AdjustmentPage(List<AdjustmentView> adjustments, List<AdjustmentKind> kinds) {

        public boolean mayAdjust() {
            return !kinds.isEmpty();
        }
    }

    /** The public list: the year's adjustments, the years to choose from, and the counts by kind. */
    public record PublicPage(
            int year,
            List<Integer> years,
            List<AdjustmentService.PublicAdjustment> adjustments,
            Map<AdjustmentKind, Long> counts) {

        public long raised() {
            return counts.get(AdjustmentKind.RAISE);
        }

        public long lowered() {
            return counts.get(AdjustmentKind.LOWER);
        }

        public long exited() {
            return counts.get(AdjustmentKind.EXIT);
        }
    }

    public AdjustmentPage page(ProjectView project, PortalUser viewer) {
        var status = project.status();
        var tier = Tier.of(project.tier());
        List<AdjustmentKind> kinds = Arrays.stream(AdjustmentKind.values())
                .filter(k -> k == AdjustmentKind.EXIT
                        ? may(viewer, ProjectMove.EXIT) && ProjectMove.EXIT.allowedFrom(status)
                        : status.running()
                                && may(viewer, k.tierMove())
                                && k.tierMove().allowedFrom(tier))
                .toList();
        return new AdjustmentPage(adjustments.of(project.id()), kinds);
    }

    public PublicPage publicPage(Integer year) {
        int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
        int shown = year == null || year < 2000 || year > 2100 ? thisYear : year;
        List<Integer> years = IntStream.rangeClosed(2022, Math.max(thisYear, shown))
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList();
        return new PublicPage(shown, years, adjustments.publicList(shown), adjustments.counts(shown));
    }

    private static boolean may(PortalUser viewer, Move<?, Role> move) {
        return viewer.roles().stream().anyMatch(move::mayBeMadeBy);
    }
}
