package machlab.machine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The undo journal the explorer moves between states with: marks, undo, changes applied and reverted. */
class MemoryJournalTest {

    private static final int WORDS = 300;

    private static void scribble(Memory m, Random r, int writes) {
        for (int i = 0; i < writes; i++) {
            int a = r.nextInt(WORDS);
            switch (r.nextInt(3)) {
                case 0 -> m.set(a, r.nextInt(5) - 2);
                case 1 -> m.add(a, r.nextInt(3) - 1);
                default -> m.set(a, r.nextInt());
            }
        }
    }

    private static long fromScratch(Memory m) {
        return Memory.fingerprint(Arrays.copyOf(m.snapshot(), WORDS));
    }

    @Test
    void undoPutsBackTheMarkedStateWordForWordWithItsFingerprint() {
        Memory m = new Memory(WORDS);
        m.journal(true);
        Random r = new Random(11);
        scribble(m, r, 500);
        for (int round = 0; round < 2_000; round++) {
            int[] before = m.snapshot();
            long print = m.fingerprint();
            int mark = m.mark();
            scribble(m, r, r.nextInt(80));
            assertThat(m.fingerprint()).isEqualTo(fromScratch(m));
            m.undo(mark);
            assertThat(m.holds(before)).isTrue();
            assertThat(m.fingerprint()).isEqualTo(print);
            scribble(m, r, r.nextInt(5)); // wander on, journaled, without a mark
            assertThat(m.fingerprint()).isEqualTo(fromScratch(m));
        }
    }

    @Test
    void changesTakeTheParentToTheChildAndBack() {
        Memory m = new Memory(WORDS);
        m.journal(true);
        Random r = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            int[] parent = m.snapshot();
            int mark = m.mark();
            scribble(m, r, r.nextInt(60));
            int[] child = m.snapshot();
            int[] changes = m.changesSince(mark);
            assertThat(changes.length % 3).isZero();
            for (int i = 0; i < changes.length; i += 3) {
                assertThat(changes[i + 1]).as("a change changes").isNotEqualTo(changes[i + 2]);
                assertThat(parent[changes[i]]).isEqualTo(changes[i + 1]);
                assertThat(child[changes[i]]).isEqualTo(changes[i + 2]);
            }
            m.revert(changes);
            assertThat(m.holds(parent)).isTrue();
            m.apply(changes);
            assertThat(m.holds(child)).isTrue();
            assertThat(m.fingerprint()).isEqualTo(fromScratch(m));
            if (r.nextBoolean()) {
                m.revert(changes); // as a search backing up, or going on from the child
            }
        }
    }

    @Test
    void aWordWrittenBackToItsValueIsNoChange() {
        Memory m = new Memory(WORDS);
        m.journal(true);
        m.set(7, 3);
        int mark = m.mark();
        m.set(7, 9);
        m.set(7, 3);
        m.set(8, 1);
        assertThat(m.changesSince(mark)).containsSubsequence(8, 0, 1).doesNotContain(9);
        assertThat(m.changesSince(mark).length).isEqualTo(3 * 3); // word 8 and the fingerprint's two words
    }

    @Test
    void turningTheJournalOffKeepsTheFingerprintOfEveryWrite() {
        Memory m = new Memory(WORDS);
        Random r = new Random(13);
        m.journal(true);
        scribble(m, r, 200);
        m.journal(false);
        assertThat(m.fingerprint()).isEqualTo(fromScratch(m));
        scribble(m, r, 200);
        assertThat(m.fingerprint()).isEqualTo(fromScratch(m));
    }

    @Test
    void withoutAJournalThereIsNothingToUndo() {
        Memory m = new Memory(WORDS);
        assertThatThrownBy(m::mark).hasMessageContaining("no undo journal is kept");
    }
}
