package cn.gov.hunan.chuyi.account;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: roles and the slice of data they are bound to
 * (a city code for a city officer, an organisation id for a school administrator or an expert).
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    /**
     * Signed-in users are serialized into the shared session store; during a rolling upgrade an instance of the new
     * version reads sessions written by the old one. Change this number only with a change of the fields that old
     * sessions cannot be read into (everyone then signs in again).
     */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final String cityCode;
    private final Long organizationId;

    public PortalUser(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            String cityCode,
            Long organizationId) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.cityCode = cityCode;
        this.organizationId = organizationId;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user works with business data at all (the three administrator roles do not). */
    public boolean hasBusinessRole() {
        return roles.stream().anyMatch(Role::isBusinessRole);
    }

    /** The city this user acts for, if bound to one. */
    public String cityCode() {
        return cityCode;
    }

    /** The organisation this user acts for, if bound to one. */
    public Long organizationId() {
        return organizationId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One person, one principal: the session registry counts a user's sessions by this. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
