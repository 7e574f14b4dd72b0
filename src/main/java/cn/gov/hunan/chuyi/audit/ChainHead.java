package cn.gov.hunan.chuyi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last hash of the chain, in one row that every append locks. */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

    @Id
    private Integer id;

    @Column(name = "last_id")
    private Long lastId;

    @Column(name = "last_hash")
    private String lastHash;

    protected ChainHead() {}

    String lastHash() {
        return lastHash;
    }

    void advance(long id, String hash) {
        this.lastId = id;
        this.lastHash = hash;
    }
}
