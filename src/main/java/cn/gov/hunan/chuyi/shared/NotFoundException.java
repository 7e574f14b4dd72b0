package cn.gov.hunan.chuyi.shared;

/**
 * A record that does not exist, or that the current user may not see. Both answer 404 so that a guessed
 * id reveals nothing; the audit log keeps what was asked for (see web.ErrorAdvice).
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id == null ? null : id.toString();
    }

    /** The kind of record asked for ("nomination", "report", …). */
    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
