package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import java.util.Set;

/** Programmes as the catalogue returns them, for tests that need one without the database. */
public final class Programs {

    private Programs() {}

    /** A school programme (楚怡高水平职业学校) with a target of 20 and 12 designated. */
    public static ProgramSummary school(String code) {
        return new ProgramSummary(
                code,
                "楚怡高水平中职学校",
                "Chuyi high-level secondary schools",
                "第三条",
                "建设一批楚怡高水平中职学校",
                "A set of high-level secondary schools",
                20,
                12,
                Nominee.ORGANIZATION,
                true,
                Set.of(OrganizationKind.SECONDARY_VOCATIONAL),
                3,
                "所",
                "schools",
                "湖南省教育厅",
                "Hunan Provincial Department of Education",
                2025,
                1);
    }
}
