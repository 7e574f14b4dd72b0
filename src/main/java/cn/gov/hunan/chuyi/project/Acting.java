package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import org.springframework.security.access.AccessDeniedException;

/** How a signed-in user meets a table of moves: in which role they make a move, and whether a page offers it. */
final class Acting {

    private Acting() {}

    /** Whether the table allows the move from the state for one of the user's roles: the page offers it then. */
    static <S extends Enum<S>> boolean may(PortalUser user, Move<S, Role> move, S current) {
        return move.allowedFrom(current) && user.roles().stream().anyMatch(move::mayBeMadeBy);
    }

    /** The role in which the user makes the move: one of theirs the move admits, else one the table refuses. */
    static Role as(PortalUser user, Move<?, Role> move) {
        // never null: a null role is the scheduled job's, which a signed-in user never acts as
        return user.roles().stream()
                .filter(move::mayBeMadeBy)
                .findFirst()
                .or(() -> user.roles().stream().findFirst())
                .orElseThrow(() -> new AccessDeniedException("no role"));
    }
}
