package machlab.locks.order;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.api.analysis.LockEvent.Op;
import org.junit.jupiter.api.Test;

/** The streaming tracker itself: reversals at once, releases that match nothing, tables that stay put. */
class OrderTrackerTest {

    @Test
    void aReversalIsFlaggedWhenTheOppositeOrderIsFirstSeen() {
        OrderTracker t = new OrderTracker();
        t.accept(0, 1, 0xa, Op.ACQUIRE_WRITE, 7);
        t.accept(1, 1, 0xb, Op.ACQUIRE_READ, 8);
        t.accept(2, 1, 0xb, Op.RELEASE, 9);
        t.accept(3, 1, 0xa, Op.RELEASE, 9);
        t.accept(4, 2, 0xb, Op.ACQUIRE_WRITE, 10);
        t.accept(5, 2, 0xa, Op.BLOCK, 11);

        assertThat(t.orders()).isEqualTo(2);
        assertThat(t.reversals()).containsExactly(1);
        int reversed = t.reversals()[0];
        assertThat(t.lockAddress(t.from(reversed))).isEqualTo(0xb);
        assertThat(t.threadAddress(t.thread(reversed))).isEqualTo(2);
        assertThat(t.fromStep(reversed)).isEqualTo(4);
        assertThat(t.toStack(reversed)).isEqualTo(11);
        assertThat(t.order(t.to(reversed), t.from(reversed))).isZero();
    }

    @Test
    void aReleaseOfALockNotHeldIsCountedAndChangesNothing() {
        OrderTracker t = new OrderTracker();
        t.accept(0, 1, 0xa, Op.RELEASE, OrderTracker.NO_STACK);
        t.accept(1, 1, 0xb, Op.ACQUIRE_WRITE, OrderTracker.NO_STACK);
        t.accept(2, 1, 0xc, Op.ACQUIRE_WRITE, OrderTracker.NO_STACK);

        assertThat(t.unmatchedReleases()).isEqualTo(1);
        assertThat(t.orders()).isEqualTo(1);
        assertThat(t.events()).isEqualTo(3);
    }

    @Test
    void theTablesGrowWithDistinctLocksAndOrdersNotWithEvents() {
        OrderTracker t = new OrderTracker();
        // 300 threads, each taking 3 of 3000 locks in a nest, over and over
        long after10k = 0;
        for (long e = 0; e < 2_000_000; e += 6) {
            int thread = (int) ((e / 6) % 300);
            long base = 0x1000L + 64L * ((thread * 10) % 3000);
            for (int k = 0; k < 3; k++) {
                t.accept(e + k, thread, base + 64L * k, Op.ACQUIRE_WRITE, k);
            }
            for (int k = 2; k >= 0; k--) {
                t.accept(e + 5 - k, thread, base + 64L * k, Op.RELEASE, k);
            }
            if (e == 9996) {
                after10k = t.tableBytes();
            }
        }
        assertThat(t.locks()).isEqualTo(900);
        assertThat(t.orders()).isEqualTo(900);
        assertThat(t.tableBytes()).isEqualTo(after10k);
    }
}
