package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An issued bulletin (通报) and the lines it states, copied from the year's results when it was issued: a dated
 * document never changes afterwards, whatever happens to the items it names. Nothing here has a setter.
 */
@Entity
@Table(name = "supervision_bulletin")
class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "plan_year")
    private int planYear;

    private String topic;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String preface;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "supervision_bulletin_city", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<CityLine> cities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "supervision_bulletin_overdue", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<OverdueLine> overdue = new ArrayList<>();

    protected Bulletin() {}

    Bulletin(
            long planId,
            int planYear,
            String topic,
            String documentNumber,
            LocalDate issuedOn,
            String preface,
            List<CityLine> cities,
            List<OverdueLine> overdue,
            String publishedBy,
            Instant publishedAt) {
        this.planId = planId;
        this.planYear = planYear;
        this.topic = topic;
        this.documentNumber = documentNumber;
        this.issuedOn = issuedOn;
        this.preface = preface;
        this.cities = new ArrayList<>(cities);
        this.overdue = new ArrayList<>(overdue);
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    Long id() {
        return id;
    }

    BulletinView toView() {
        return new BulletinView(
                planId,
                planYear,
                topic,
                documentNumber,
                issuedOn,
                preface,
                cities.stream().map(CityLine::toView).toList(),
                overdue.stream().map(OverdueLine::toView).toList(),
                PortalTime.local(publishedAt));
    }

    /** One city's (or school's) line: rank by total, grade, and its items at the time of issue. */
    @Embeddable
    static class CityLine {

        @Column(name = "city_code")
        private String cityCode;

        @Column(name = "subject_name")
        private String subjectName;

        @Column(name = "total_score")
        private BigDecimal totalScore;

        private String grade;

        @Column(name = "open_items")
        private int openItems;

        @Column(name = "overdue_items")
        private int overdueItems;

        @Column(name = "closed_items")
        private int closedItems;

        protected CityLine() {}

        CityLine(
                String cityCode,
                String subjectName,
                BigDecimal totalScore,
                String grade,
                long open,
                long overdue,
                long closed) {
            this.cityCode = cityCode;
            this.subjectName = subjectName;
            this.totalScore = totalScore;
            this.grade = grade;
            this.openItems = Math.toIntExact(open);
            this.overdueItems = Math.toIntExact(overdue);
            this.closedItems = Math.toIntExact(closed);
        }

        BulletinView.City toView() {
            return new BulletinView.City(
                    cityCode, subjectName, totalScore, grade, openItems, overdueItems, closedItems);
        }
    }

    /** One overdue item, named as the bulletin names it: city, responsible unit, category, severity, deadline. */
    @Embeddable
    static class OverdueLine {

        @Column(name = "finding_id")
        private long findingId;

        @Column(name = "city_name")
        private String cityName;

        private String responsible;

        private String category;

        private String severity;

        private LocalDate deadline;

        protected OverdueLine() {}

        OverdueLine(
                long findingId,
                String cityName,
                String responsible,
                String category,
                String severity,
                LocalDate deadline) {
            this.findingId = findingId;
            this.cityName = cityName;
            this.responsible = responsible;
            this.category = category;
            this.severity = severity;
            this.deadline = deadline;
        }

        BulletinView.Item toView() {
            return new BulletinView.Item(findingId, cityName, responsible, category, severity, deadline);
        }
    }
}
