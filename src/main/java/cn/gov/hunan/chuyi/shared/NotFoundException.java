package cn.gov.hunan.chuyi.shared;

/**
 * A record that does not exist, or that the current user may not see. Both answer 404 so that a guessed
 * id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
