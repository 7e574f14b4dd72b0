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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Money allocated to a project (资金下达) for one year from one source, in yuan. */
@Entity
@Table(name = "fund_allocation")
class FundAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "fund_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private FundSource source;

    private BigDecimal amount;

    private String document;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected FundAllocation() {}

    FundAllocation(long projectId, AllocationForm.Allocation values, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(values);
    }

    void change(AllocationForm.Allocation values) {
        this.year = values.year();
        this.source = values.source();
        this.amount = values.amount();
        this.document = values.document();
    }

    Long id() {
        return id;
    }

    long projectId() {
        return projectId;
    }

    long version() {
        return version;
    }

    AllocationLine toLine() {
        return new AllocationLine(id, year, source, amount, document, createdBy, version);
    }

    /** An allocation as the funds page lists it. */
    public record AllocationLine(
            long id, int year, FundSource source, BigDecimal amount, String document, String createdBy, long version) {}
}
