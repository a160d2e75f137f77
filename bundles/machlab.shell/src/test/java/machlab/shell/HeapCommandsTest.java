package machlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapCommandsTest {

    @Test
    void heapCollectsThenReportsWhatIsStillInUse() {
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 20];
        }
        HeapReport held = new HeapCommands().heap();
        long heldBytes = held.usedAfterGc();
        assertThat(garbage[63]).hasSize(1 << 20); // still reachable during the first figure
        garbage = null;

        HeapReport freed = new HeapCommands().heap();

        assertThat(heldBytes - freed.usedAfterGc()).as("the 64 MiB let go of are no longer counted")
                .isGreaterThan(60L << 20);
        assertThat(freed.collections()).isBetween(1, HeapCommands.MAX_COLLECTIONS);
        assertThat(freed.committed()).isGreaterThanOrEqualTo(freed.usedAfterGc());
        assertThat(freed.render()).startsWith("used      " + freed.usedAfterGc() + " bytes (")
                .contains("\ncommitted ").contains("\nmax       ");
    }
}
