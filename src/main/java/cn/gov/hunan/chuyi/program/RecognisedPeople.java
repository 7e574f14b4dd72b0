package cn.gov.hunan.chuyi.program;

/**
 * The people recognised under a programme whose nominees are persons (精神传承人). Implemented by the module that
 * recognises them, so that the catalogue counts them toward the target without depending on that module: a
 * recognised person is the programme's designation, never a construction project.
 */
public interface RecognisedPeople {

    /** The programme the people count toward. */
    String programCode();

    /** People recognised now (a revoked recognition no longer counts). */
    long recognised();

    /** People of one organisation recognised now. */
    long recognisedFrom(long organizationId);
}
