package cn.gov.hunan.chuyi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramTests {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private static Program program(Integer target) {
        return new Program("TRAINING_BASE", Nominee.ORGANIZATION, target, null);
    }

    private static String rejection(Runnable change) {
        try {
            change.run();
        } catch (TargetChangeRejected rejected) {
            return rejected.messageKey();
        }
        throw new AssertionError("the change was accepted");
    }

    @Test
    void aChangeIsRecordedWithOldAndNewTargetWhoAndWhy() {
        var program = program(80);
        var change = program.changeTarget(90, 10, "  2026 年追加  ", "admin", NOW);
        var row = change.toRow();
        assertThat(row.oldTarget()).isEqualTo(80);
        assertThat(row.newTarget()).isEqualTo(90);
        assertThat(row.reason()).isEqualTo("2026 年追加");
        assertThat(row.changedBy()).isEqualTo("admin");
        assertThat(row.changedAt()).hasToString("2026-11-29T10:00"); // Asia/Shanghai
        assertThat(program.toSummary(10).target()).isEqualTo(90);
    }

    @Test
    void refusesATargetBelowTheDesignatedProjects() {
        var program = program(80);
        assertThat(rejection(() -> program.changeTarget(9, 10, "r", "admin", NOW)))
                .isEqualTo("program.target.error.belowDesignated");
        assertThat(program.toSummary(10).target()).isEqualTo(80);
    }

    @Test
    void refusesNegativeOrAbsurdTargetsAndMissingReasons() {
        var program = program(80);
        assertThat(rejection(() -> program.changeTarget(-1, 0, "r", "admin", NOW)))
                .isEqualTo("program.target.error.range");
        assertThat(rejection(() -> program.changeTarget(10_001, 0, "r", "admin", NOW)))
                .isEqualTo("program.target.error.range");
        assertThat(rejection(() -> program.changeTarget(81, 0, " ", "admin", NOW)))
                .isEqualTo("program.target.error.reason");
        assertThat(rejection(() -> program.changeTarget(80, 0, "same", "admin", NOW)))
                .isEqualTo("program.target.error.unchanged");
    }

    @Test
    void anOpenTargetIsAllowedAndHasNoPercentage() {
        var program = program(5);
        program.changeTarget(null, 3, "规划未设目标", "admin", NOW);
        var summary = program.toSummary(3);
        assertThat(summary.target()).isNull();
        assertThat(summary.percent()).isNull();
        assertThat(summary.remaining()).isNull();
    }

    @Test
    void progressIsCappedAtOneHundredPercent() {
        var summary = new ProgramSummary(
                "X",
                "x",
                "x",
                "c",
                "s",
                "s",
                10,
                12,
                Nominee.ORGANIZATION,
                false,
                Set.of(),
                0,
                "所",
                "schools",
                "湖南省教育厅",
                "Hunan Provincial Department of Education",
                2025,
                1);
        assertThat(summary.percent()).isEqualTo(100);
        assertThat(summary.remaining()).isZero();
        var third = new ProgramSummary(
                "X",
                "x",
                "x",
                "c",
                "s",
                "s",
                3,
                1,
                Nominee.ORGANIZATION,
                false,
                Set.of(),
                0,
                "所",
                "schools",
                "湖南省教育厅",
                "Hunan Provincial Department of Education",
                2025,
                1);
        assertThat(third.percent()).isEqualTo(33);
    }

    @Test
    void anExceptionCarriesItsMessageKey() {
        assertThatThrownBy(() -> program(1).changeTarget(-5, 0, "r", "a", NOW))
                .isInstanceOf(TargetChangeRejected.class)
                .hasMessage("program.target.error.range");
    }
}
