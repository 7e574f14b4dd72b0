package cn.gov.hunan.chuyi.supervision.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The default indicator set of a 双师型 supervision (domain-notes §4): the national line is more than half
 * of professional-course teachers dual-qualified; the 中职 setting standard asks for 20 % part-time
 * teachers from enterprises and 20 % senior titles. Staff edit the set per plan.
 */
final class DefaultIndicators {

    static final String TOPIC = "“双师型”教师队伍建设";

    private DefaultIndicators() {}

    static List<IndicatorView> lines() {
        return List.of(
                new IndicatorView(
                        null,
                        "“双师型”教师占专业课教师比例",
                        new BigDecimal("30"),
                        "达到 50% 得满分；每低 5 个百分点扣 10 分。",
                        "“双师型”教师数",
                        "专业课教师数",
                        new BigDecimal("50")),
                new IndicatorView(
                        null,
                        "企业兼职教师比例",
                        new BigDecimal("15"),
                        "兼职教师占专任教师 20% 以上得满分。",
                        "企业兼职教师数",
                        "专任教师数",
                        new BigDecimal("20")),
                new IndicatorView(
                        null,
                        "高级职称教师比例",
                        new BigDecimal("15"),
                        "高级职称占专任教师 20% 以上得满分。",
                        "高级职称教师数",
                        "专任教师数",
                        new BigDecimal("20")),
                new IndicatorView(
                        null, "教师企业实践制度落实", new BigDecimal("20"), "专业课教师每 5 年累计企业实践不少于 6 个月。", null, null, null),
                new IndicatorView(null, "市州政策与经费保障", new BigDecimal("20"), "编制、职称、待遇与培训经费等政策落实情况。", null, null, null));
    }
}
