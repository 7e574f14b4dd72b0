package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.project.FundSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Money spent from one source, as an annual report states it (yuan). */
@Entity
@Table(name = "report_spending")
class ReportSpending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Enumerated(EnumType.STRING)
    private FundSource source;

    private BigDecimal amount;

    protected ReportSpending() {}

    ReportSpending(long reportId, FundSource source, BigDecimal amount) {
        this.reportId = reportId;
        this.source = source;
        this.amount = amount;
    }

    FundSource source() {
        return source;
    }

    BigDecimal amount() {
        return amount;
    }

    void amount(BigDecimal amount) {
        this.amount = amount;
    }
}
