package cn.gov.hunan.chuyi.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A vocational-education group (职教集团／联盟) led by one organisation. */
@Entity
@Table(name = "voc_group")
class VocationalGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "lead_organization_id")
    private long leadOrganizationId;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    private String description;

    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected VocationalGroup() {}

    VocationalGroup(String name, long leadOrganizationId, LocalDate foundedOn, String description, Instant at) {
        this.name = name;
        this.leadOrganizationId = leadOrganizationId;
        this.foundedOn = foundedOn;
        this.description = description;
        this.createdAt = at;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    long leadOrganizationId() {
        return leadOrganizationId;
    }

    LocalDate foundedOn() {
        return foundedOn;
    }

    String description() {
        return description;
    }

    boolean demo() {
        return demo;
    }

    long version() {
        return version;
    }
}
