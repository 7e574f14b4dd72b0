package cn.gov.hunan.chuyi.selection;

/** What other modules may ask of publicity (公示): the objections still waiting for a disposition (the dashboard). */
public interface PublicityService {

    /** Objections still waiting for a disposition, across all rounds. */
    long openObjections();
}
