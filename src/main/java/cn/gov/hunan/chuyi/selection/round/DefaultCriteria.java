package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.selection.nomination.NominationContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A sensible default set of scoring criteria per programme, totalling 100; staff edit them per round. */
final class DefaultCriteria {

    private DefaultCriteria() {}

    static List<RoundSetup.CriterionLine> forProgram(String programCode) {
        return switch (NominationContent.FieldSet.of(programCode)) {
            case CLUSTER -> lines("专业群组群逻辑与产业契合度", 20, "建设基础与办学实力", 25, "建设目标与任务举措", 30, "校企合作与社会服务", 15, "保障措施", 10);
            case TRAINING_BASE ->
                lines("产教融合与企业参与", 25, "场地设备与工位规模", 20, "教学培训与技能竞赛功能", 25, "运行机制与共享开放", 20, "保障措施", 10);
            case GROUP -> lines("成员构成与治理结构", 25, "实体化运行与合作成效", 30, "人才培养与服务产业", 30, "保障措施", 15);
            case CULTURE_BASE -> lines("场馆与展陈条件", 25, "楚怡文化内涵挖掘", 30, "育人与开放共享", 30, "保障措施", 15);
            case PERSON -> lines("思想品德与职业精神", 30, "技能水平与竞赛成绩", 30, "示范引领与社会影响", 25, "推荐材料完整规范", 15);
            case SCHOOL -> lines("办学基础与办学条件", 25, "人才培养质量", 25, "产教融合与社会服务", 20, "建设目标与任务举措", 20, "保障措施", 10);
        };
    }

    private static List<RoundSetup.CriterionLine> lines(Object... nameAndMax) {
        var lines = new ArrayList<RoundSetup.CriterionLine>();
        for (int i = 0; i < nameAndMax.length; i += 2) {
            lines.add(new RoundSetup.CriterionLine(
                    null, (String) nameAndMax[i], BigDecimal.valueOf((Integer) nameAndMax[i + 1]), BigDecimal.ONE));
        }
        return lines;
    }
}
