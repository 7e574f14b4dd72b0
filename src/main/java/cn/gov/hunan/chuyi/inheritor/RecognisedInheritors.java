package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.program.RecognisedPeople;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognised inheritors are the designations of the programme INHERITOR: the catalogue counts them toward
 * its target through this implementation, so the inheritor module depends on the catalogue and not the reverse.
 */
@Component
@Transactional(readOnly = true)
class RecognisedInheritors implements RecognisedPeople {

    static final String PROGRAM = "INHERITOR";

    private final InheritorRepository inheritors;

    RecognisedInheritors(InheritorRepository inheritors) {
        this.inheritors = inheritors;
    }

    @Override
    public String programCode() {
        return PROGRAM;
    }

    @Override
    public long recognised() {
        return inheritors.countByStatus(InheritorStatus.RECOGNISED);
    }

    @Override
    public long recognisedFrom(long organizationId) {
        return inheritors.countByOrganizationIdAndStatus(organizationId, InheritorStatus.RECOGNISED);
    }
}
