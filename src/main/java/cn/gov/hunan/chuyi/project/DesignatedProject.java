package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A designated project (立项建设项目) of one organisation in one programme. */
@Entity
@Table(name = "designated_project")
class DesignatedProject {

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code")
    private String programCode;

    @Column(name = "organization_id")
    private long organizationId;

    private String title;

    @Column(name = "designated_year")
    private int designatedYear;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private String tier;

    @Column(name = "document_number")
    private String documentNumber;

    private boolean demo;

    @Column(name = "nomination_id")
    private Long nominationId;

    @Version
    private long version;

    protected DesignatedProject() {}

    DesignatedProject(String programCode, long organizationId, String title, int year, String tier, Long nominationId) {
        this.programCode = programCode;
        this.organizationId = organizationId;
        this.title = title;
        this.designatedYear = year;
        this.tier = tier;
        this.status = ProjectStatus.UNDER_CONSTRUCTION;
        this.nominationId = nominationId;
    }

    long id() {
        return id;
    }

    String programCode() {
        return programCode;
    }

    long organizationId() {
        return organizationId;
    }

    String title() {
        return title;
    }

    int designatedYear() {
        return designatedYear;
    }

    ProjectStatus status() {
        return status;
    }

    String tier() {
        return tier;
    }

    boolean demo() {
        return demo;
    }
}
