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
    void theIncrementalFingerprintIsTheFingerprintOfTheWordsAfterAnyWritesAndRestores() {
        Memory m = new Memory(300);
        java.util.Random r = new java.util.Random(6);
        int[] saved = m.snapshot();
        for (int i = 0; i < 20_000; i++) {
            int a = r.nextInt(300);
            switch (r.nextInt(4)) {
                case 0 -> m.set(a, r.nextInt(5) - 2);
                case 1 -> m.add(a, r.nextInt(3) - 1);
                case 2 -> m.set(a, r.nextInt());
                default -> {
                    if (r.nextInt(50) == 0) {
                        m.restore(saved);
                    } else if (r.nextInt(50) == 0) {
                        saved = m.snapshot();
                    }
                }
            }
            assertThat(m.fingerprint()).isEqualTo(Memory.fingerprint(java.util.Arrays.copyOf(m.snapshot(), 300)));
        }
    }

    @Test
    void theHiddenFingerprintWordsAreNotAddressable() {
        Memory m = new Memory(4);
        assertThatThrownBy(() -> m.set(4, 1)).hasMessageContaining("address 4 beyond the memory's 4 words");
        assertThatThrownBy(() -> m.get(5)).hasMessageContaining("address 5");
    }

    @Test
    void restoreRefusesASnapshotOfAnotherLayout() {
        Memory m = new Memory(4);
        assertThatThrownBy(() -> m.restore(new int[5])).hasMessageContaining("a snapshot of 5 words does not fit a memory of 4");
    }
}
