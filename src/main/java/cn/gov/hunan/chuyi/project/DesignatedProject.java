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

    @Version
    private long version;

    protected DesignatedProject() {}

    long id() {
        return id;
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
