package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school submits its nomination (申报): the rules of {@link NominationService#submit} (content complete, sealed page
 * uploaded), then, in the same transaction, the 申报书 as it stands is rendered once and kept with the sealed page
 * ({@link ApplicationDocuments#keepSubmitted}). A repeated submit (a double click) keeps nothing new.
 */
@Service
public class NominationSubmission {

    private final NominationService nominations;
    private final ApplicationDocuments documents;

    NominationSubmission(NominationService nominations, ApplicationDocuments documents) {
        this.nominations = nominations;
        this.documents = documents;
    }

    @Transactional
    public void submit(long id, PortalUser school) {
        if (nominations.submit(id, school)) {
            documents.keepSubmitted(id, school);
        }
    }
}
