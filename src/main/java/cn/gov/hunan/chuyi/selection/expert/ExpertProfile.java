package cn.gov.hunan.chuyi.selection.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** What the expert pool knows of an expert beyond the account: professional title and fields of expertise. */
@Entity
@Table(name = "expert_profile")
class ExpertProfile {

    @Id
    @Column(name = "user_id")
    private Long userId;

    private String title;

    private String fields = "";

    /** Telephone or e-mail for the review office, as the roster gives it. */
    private String contact;

    @Version
    private long version;

    protected ExpertProfile() {}

    ExpertProfile(long userId) {
        this.userId = userId;
    }

    /** Replaces title and fields; refuses a title over 50 characters or fields that do not fit the rules. */
    void describe(String title, String fields) {
        String t = title == null || title.isBlank() ? null : title.strip();
        if (t != null && t.length() > 50) {
            throw new ExpertRejected("selection.expert.error.title");
        }
        this.fields = Expertise.join(Expertise.parse(fields));
        this.title = t;
    }

    /** Records how to reach the expert (at most 100 characters; blank removes it). */
    void reachAt(String contact) {
        String c = contact == null || contact.isBlank() ? null : contact.strip();
        if (c != null && c.length() > 100) {
            throw new ExpertRejected("selection.expert.error.contact");
        }
        this.contact = c;
    }

    String contact() {
        return contact;
    }

    long userId() {
        return userId;
    }

    String title() {
        return title;
    }

    List<String> fields() {
        return Expertise.parse(fields);
    }

    long version() {
        return version;
    }
}
