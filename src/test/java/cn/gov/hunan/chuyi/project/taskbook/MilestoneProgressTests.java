package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A posted progress is one of the three states, or none (the form refuses it beside its field). */
class MilestoneProgressTests {

    @Test
    void aPostedValueNamesAProgressOrNone() {
        assertThat(MilestoneProgress.parse("DONE")).isEqualTo(MilestoneProgress.DONE);
        assertThat(MilestoneProgress.parse(" IN_PROGRESS ")).isEqualTo(MilestoneProgress.IN_PROGRESS);
        assertThat(MilestoneProgress.parse("NOT_STARTED")).isEqualTo(MilestoneProgress.NOT_STARTED);
        assertThat(MilestoneProgress.parse("")).isNull();
        assertThat(MilestoneProgress.parse(null)).isNull();
        assertThat(MilestoneProgress.parse("done")).isNull();
        assertThat(MilestoneProgress.parse("FINISHED")).isNull();
    }
}
