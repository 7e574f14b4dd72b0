package cn.gov.hunan.chuyi.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that changes a programme's target. An empty target means "open" (the plan gives no number). */
class TargetForm {

    @Min(value = 0, message = "{program.target.error.range}")
    @Max(value = Program.MAX_TARGET, message = "{program.target.error.range}")
    private Integer target;

    @NotBlank(message = "{program.target.error.reason}")
    @Size(max = 500, message = "{program.target.error.reasonLength}")
    private String reason;

    private long version;

    static TargetForm of(ProgramSummary program) {
        var form = new TargetForm();
        form.target = program.target();
        form.version = program.version();
        return form;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
