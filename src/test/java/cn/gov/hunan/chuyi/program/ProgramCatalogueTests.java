package cn.gov.hunan.chuyi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's answers that eligibility, the decision and direct registration rely on: how many designations an
 * organisation may still receive (per-organisation limit less what it holds; projects, or recognised people for a
 * programme of people), and what the programme page offers.
 */
class ProgramCatalogueTests {

    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final TargetChangeRepository changes = mock(TargetChangeRepository.class);

    /** Organisation 1 holds two projects of every programme; organisation 2 none. */
    private final ProgramDesignations designations = new ProgramDesignations() {
        @Override
        public Map<String, Long> designatedCounts() {
            return Map.of("CLUSTER", 2L);
        }

        @Override
        public long heldBy(String programCode, long organizationId) {
            return organizationId == 1L ? 2 : 0;
        }

        @Override
        public List<ProgramProject> projectsOf(String programCode) {
            return List.of();
        }
    };

    /** The inheritors: organisation 1 has one person recognised. */
    private final RecognisedPeople inheritors = new RecognisedPeople() {
        @Override
        public String programCode() {
            return "INHERITOR";
        }

        @Override
        public long recognised() {
            return 1;
        }

        @Override
        public long recognisedFrom(long organizationId) {
            return organizationId == 1L ? 1 : 0;
        }
    };

    private ProgramCatalogue catalogue(Program... given) {
        for (Program p : given) {
            when(programs.findById(p.code())).thenReturn(Optional.of(p));
        }
        return new ProgramCatalogue(programs, changes, designations, List.of(inheritors), Clock.systemUTC());
    }

    @Test
    void anOrganisationMayReceiveTheLimitLessWhatItHoldsNeverBelowZero() {
        var catalogue = catalogue(
                new Program("CLUSTER", Nominee.ORGANIZATION, 100, 3),
                new Program("SCHOOL", Nominee.ORGANIZATION, 50, 1));
        assertThat(catalogue.designationsLeft("CLUSTER", 1L)).isEqualTo(1L);
        assertThat(catalogue.designationsLeft("CLUSTER", 2L)).isEqualTo(3L);
        assertThat(catalogue.designationsLeft("SCHOOL", 1L))
                .as("holds 2 of a limit of 1")
                .isZero();
        assertThat(catalogue.designationsLeft("SCHOOL", 2L)).isEqualTo(1L);
    }

    @Test
    void aProgrammeWithoutALimitLeavesOnlyTheTargetToBoundIt() {
        var catalogue = catalogue(new Program("TRAINING_BASE", Nominee.ORGANIZATION, 20, null));
        assertThat(catalogue.designationsLeft("TRAINING_BASE", 1L)).isNull();
    }

    @Test
    void aProgrammeOfPeopleCountsTheOrganisationsRecognisedPeopleNotItsProjects() {
        var catalogue = catalogue(new Program("INHERITOR", Nominee.PERSON, 100, 1));
        assertThat(catalogue.heldBy("INHERITOR", 1L)).isEqualTo(1L);
        assertThat(catalogue.designationsLeft("INHERITOR", 1L)).isZero();
        assertThat(catalogue.isDesignated("INHERITOR", 2L)).isFalse();
    }

    @Test
    void aTargetChangeGoesThroughTheProgrammesRulesWithWhatIsDesignated() {
        var program = new Program("CLUSTER", Nominee.ORGANIZATION, 100, 3);
        var catalogue = catalogue(program);
        assertThatThrownBy(() -> catalogue.changeTarget("CLUSTER", 1, "压缩", 0, "xhcy"))
                .isInstanceOf(TargetChangeRejected.class)
                .hasMessage("program.target.error.belowDesignated");
        catalogue.changeTarget("CLUSTER", 2, "压缩", 0, "xhcy");
        assertThat(program.toSummary(2).target()).isEqualTo(2);
    }

    @Test
    void theProgrammePageOffersTheTargetAndIndicatorsToTheDepartmentAlone() {
        when(changes.findTop50ByProgramCodeOrderByChangedAtDescIdDesc("CLUSTER"))
                .thenReturn(List.of());
        var catalogue = catalogue(new Program("CLUSTER", Nominee.ORGANIZATION, 100, 3));
        for (Role role : Role.values()) {
            var page = catalogue.page("CLUSTER", new PortalUser(1L, "u", "u", "", true, Set.of(role), null, null));
            assertThat(page.mayChangeTarget()).as(role.name()).isEqualTo(role == Role.PROVINCE_ADMIN);
            assertThat(page.mayEditIndicators()).as(role.name()).isEqualTo(role == Role.PROVINCE_ADMIN);
            assertThat(page.program().ofPeople()).isFalse();
        }
    }
}
