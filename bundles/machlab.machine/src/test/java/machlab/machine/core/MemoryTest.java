package machlab.machine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryTest {

    @Test
    void everySingleWordChangeChangesTheFingerprint() {
        int[] state = new int[1357];
        for (int i = 0; i < state.length; i++) {
            state[i] = i * 31;
        }
        Set<Long> seen = new HashSet<>();
        seen.add(Memory.fingerprint(state));
        for (int i = 0; i < state.length; i++) {
            for (int delta : new int[] {1, -1, 1 << 31}) {
                state[i] += delta;
                assertThat(seen.add(Memory.fingerprint(state))).as("word %d %+d", i, delta).isTrue();
                state[i] -= delta;
            }
        }
        assertThat(Memory.fingerprint(state)).isEqualTo(Memory.fingerprint(state.clone()));
    }

    @Test
    void swappingTwoWordsChangesTheFingerprint() {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] b = {2, 1, 3, 4, 5, 6, 7, 8, 9};
        int[] c = {1, 2, 3, 4, 6, 5, 7, 8, 9};
        assertThat(Memory.fingerprint(a)).isNotEqualTo(Memory.fingerprint(b)).isNotEqualTo(Memory.fingerprint(c));
    }

    @Test
    void restoreRefusesASnapshotOfAnotherLayout() {
        Memory m = new Memory(4);
        assertThatThrownBy(() -> m.restore(new int[5])).hasMessageContaining("a snapshot of 5 words does not fit a memory of 4");
    }
}
