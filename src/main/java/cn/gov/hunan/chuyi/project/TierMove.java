package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.EnumSet;
import java.util.Set;

/**
 * Dynamic adjustment of a project's tier (动态调整): the department raises a B project to A, lowers an A project to B,
 * or places a project whose designation named no tier. Only a running project is adjusted (the caller checks it).
 */
public enum TierMove implements Move<Tier, Role> {
    /** 升档 B→A */
    RAISE(EnumSet.of(Tier.B), Tier.A),
    /** 降档 A→B */
    LOWER(EnumSet.of(Tier.A), Tier.B),
    /** 定为A档 */
    PLACE_A(EnumSet.of(Tier.UNSET), Tier.A),
    /** 定为B档 */
    PLACE_B(EnumSet.of(Tier.UNSET), Tier.B);

    private final Set<Tier> from;
    private final Tier to;

    TierMove(Set<Tier> from, Tier to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Set<Tier> from() {
        return from;
    }

    @Override
    public Tier to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return EnumSet.of(Role.PROVINCE_ADMIN);
    }
}
