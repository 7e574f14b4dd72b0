package cn.gov.hunan.chuyi.inheritor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A competition or activity that found the person, with the year, the level and the award. */
public class AwardForm {

    @NotNull(message = "{inheritor.error.competition}")
    private Competition competition;

    @Size(max = 200, message = "{inheritor.error.competitionName}")
    private String competitionName;

    @NotNull(message = "{inheritor.error.awardYear}")
    @Min(value = 1990, message = "{inheritor.error.awardYear}")
    @Max(value = 2100, message = "{inheritor.error.awardYear}")
    private Integer awardYear;

    @NotNull(message = "{inheritor.error.level}")
    private AwardLevel level;

    @NotBlank(message = "{inheritor.error.award}")
    @Size(max = 100, message = "{inheritor.error.award}")
    private String award;

    public Competition getCompetition() {
        return competition;
    }

    public void setCompetition(Competition competition) {
        this.competition = competition;
    }

    public String getCompetitionName() {
        return competitionName;
    }

    public void setCompetitionName(String competitionName) {
        this.competitionName = competitionName;
    }

    public Integer getAwardYear() {
        return awardYear;
    }

    public void setAwardYear(Integer awardYear) {
        this.awardYear = awardYear;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public String getAward() {
        return award;
    }

    public void setAward(String award) {
        this.award = award;
    }
}
