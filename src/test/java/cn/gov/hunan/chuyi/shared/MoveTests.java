package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoveTests {

    enum State {
        OPEN,
        CLOSED
    }

    enum Who {
        CLERK,
        READER
    }

    /** A two-state workflow: the clerk closes, the deadline closes too. */
    enum Close implements Move<State, Who> {
        CLOSE;

        @Override
        public Set<State> from() {
            return EnumSet.of(State.OPEN);
        }

        @Override
        public State to() {
            return State.CLOSED;
        }

        @Override
        public Set<Who> who() {
            return EnumSet.of(Who.CLERK);
        }

        @Override
        public boolean scheduled() {
            return true;
        }
    }

    /** Only a person may reopen; the portal never does. */
    enum Reopen implements Move<State, Who> {
        REOPEN;

        @Override
        public Set<State> from() {
            return EnumSet.of(State.CLOSED);
        }

        @Override
        public State to() {
            return State.OPEN;
        }

        @Override
        public Set<Who> who() {
            return EnumSet.of(Who.CLERK);
        }
    }

    @Test
    void theRoleInTheTableMakesTheMoveFromAStateItStartsFrom() {
        assertThat(Close.CLOSE.checkedFrom(State.OPEN, Who.CLERK, "k")).isEqualTo(State.CLOSED);
    }

    @Test
    void anotherRoleIsRefusedWithTheKeyTheCurrentStateAndTheTarget() {
        assertThatThrownBy(() -> Close.CLOSE.checkedFrom(State.OPEN, Who.READER, "x.refused"))
                .isInstanceOfSatisfying(MoveRejected.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("x.refused");
                    assertThat(refused.arguments()).containsExactly(State.OPEN, State.CLOSED);
                });
    }

    @Test
    void aMoveIsRefusedFromAStateItDoesNotStartFrom() {
        assertThatThrownBy(() -> Close.CLOSE.checkedFrom(State.CLOSED, Who.CLERK, "k"))
                .isInstanceOf(MoveRejected.class);
    }

    @Test
    void thePortalMakesOnlyTheMovesMarkedScheduled() {
        assertThat(Close.CLOSE.mayBeMadeBy(null)).isTrue();
        assertThat(Close.CLOSE.checkedFrom(State.OPEN, null, "k")).isEqualTo(State.CLOSED);
        assertThat(Reopen.REOPEN.mayBeMadeBy(null)).isFalse();
        assertThatThrownBy(() -> Reopen.REOPEN.checkedFrom(State.CLOSED, null, "k"))
                .isInstanceOf(MoveRejected.class);
    }
}
