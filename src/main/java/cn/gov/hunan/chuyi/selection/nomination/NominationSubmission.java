package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A school submits its nomination (申报): the rules of {@link NominationService#submit} (content complete, sealed page
 * uploaded) in their own transaction; once it has committed, the 申报书 is rendered from that committed state and
 * kept with the sealed page ({@link ApplicationDocuments#keepSubmitted}). Rendering holds no database connection and
 * no row lock (at a deadline hundreds of schools submit at once, and the pool has a few connections); the state it
 * renders cannot change meanwhile, because a submitted nomination is no longer editable. A repeated submit (a double
 * click) keeps nothing new. Should the copy fail to be kept, the nomination stays submitted and its 申报书 is rendered
 * at each download, as for nominations submitted before copies were kept.
 */
@Service
public class NominationSubmission {

    private static final Logger log = LoggerFactory.getLogger(NominationSubmission.class);

    private final NominationService nominations;
    private final ApplicationDocuments documents;

    NominationSubmission(NominationService nominations, ApplicationDocuments documents) {
        this.nominations = nominations;
        this.documents = documents;
    }

    public void submit(long id, PortalUser school) {
        if (!nominations.submit(id, school)) {
            return;
        }
        try {
            documents.keepSubmitted(id, school);
        } catch (RuntimeException notKept) {
            // the submission stands (committed): the school is told so, the 申报书 is rendered at each download
            log.error("nomination {} submitted, but its 申报书 could not be kept", id, notKept);
        }
    }
}
