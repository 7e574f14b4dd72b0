package cn.gov.hunan.chuyi.selection.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look-up of a disposition, kept to count an address's attempts per day (references cannot be guessed). */
@Entity
@Table(name = "objection_lookup")
class ObjectionLookup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String address;

    @Column(name = "looked_up_at")
    private Instant lookedUpAt;

    protected ObjectionLookup() {}

    ObjectionLookup(String address, Instant at) {
        this.address = address;
        this.lookedUpAt = at;
    }
}
