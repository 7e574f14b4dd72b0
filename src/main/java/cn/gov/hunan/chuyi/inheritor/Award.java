package cn.gov.hunan.chuyi.inheritor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A competition or activity that found the person: which, when, at what level, what award. */
@Entity
@Table(name = "inheritor_award")
class Award {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inheritor_id")
    private long inheritorId;

    @Enumerated(EnumType.STRING)
    private Competition competition;

    @Column(name = "competition_name")
    private String competitionName;

    @Column(name = "award_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private AwardLevel level;

    private String award;

    protected Award() {}

    /** "Other" competitions must be named; the three of the plan need no name. */
    Award(long inheritorId, AwardForm form) {
        String named =
                form.getCompetitionName() == null || form.getCompetitionName().isBlank()
                        ? null
                        : form.getCompetitionName().strip();
        if (form.getCompetition() == Competition.OTHER && named == null) {
            throw new InheritorRejected("inheritor.error.competitionName");
        }
        this.inheritorId = inheritorId;
        this.competition = form.getCompetition();
        this.competitionName = named;
        this.year = form.getAwardYear();
        this.level = form.getLevel();
        this.award = form.getAward().strip();
    }

    long inheritorId() {
        return inheritorId;
    }

    AwardView toView() {
        return new AwardView(id, competition, competitionName, year, level, award);
    }

    /** An award as pages show it. */
    public record AwardView(
            long id, Competition competition, String competitionName, int year, AwardLevel level, String award) {}
}
