package cn.gov.hunan.chuyi.inheritor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A school's nomination of a person, with the first competition or activity that found them. */
public class NominationForm extends AwardForm {

    @NotBlank(message = "{inheritor.error.name}")
    @Size(max = 50, message = "{inheritor.error.name}")
    private String name;

    @NotBlank(message = "{inheritor.error.position}")
    @Size(max = 100, message = "{inheritor.error.position}")
    private String position;

    @NotBlank(message = "{inheritor.error.achievements}")
    @Size(max = 4000, message = "{inheritor.error.achievements}")
    private String achievements;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }
}
