package cn.gov.hunan.chuyi.thinktank;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the activity form sends; the messages name each field in the reader's language. */
public class ActivityForm {

    @NotNull(message = "{thinktank.error.kind}")
    private ActivityKind kind;

    @NotBlank(message = "{thinktank.error.title}")
    @Size(max = 200, message = "{thinktank.error.title}")
    private String title;

    @NotNull(message = "{thinktank.error.heldOn}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 500, message = "{thinktank.error.speakers}")
    private String speakers;

    @Size(max = 200, message = "{thinktank.error.place}")
    private String place;

    @Min(value = 0, message = "{thinktank.error.attendance}")
    private Integer attendance;

    @Size(max = 4000, message = "{thinktank.error.summary}")
    private String summary;

    private long version;

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
