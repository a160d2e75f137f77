package machlab.explore.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {

    @Test
    void addsEachFingerprintOnceIncludingZero() {
        FingerprintTable t = new FingerprintTable(10);
        assertThat(t.add(42)).isTrue();
        assertThat(t.add(42)).isFalse();
        assertThat(t.add(0)).isTrue();
        assertThat(t.add(0)).isFalse();
        assertThat(t.size()).isEqualTo(2);
    }

    @Test
    void aRevisitWakesOnlyTheThreadsAsleepBeforeButAwakeNow() {
        FingerprintTable t = new FingerprintTable(10);
        assertThat(t.visitSleep(7, 0b110)).isEqualTo(FingerprintTable.NEW);
        assertThat(t.visitSleep(7, 0b111)).isZero();
        assertThat(t.visitSleep(7, 0b010)).isEqualTo(0b100);
        // the stored set is now the intersection, 0b010
        assertThat(t.visitSleep(7, 0b000)).isEqualTo(0b010);
        assertThat(t.visitSleep(7, 0b000)).isZero();
    }

    @Test
    void aRevisitWithMoreBudgetIsExploredAgain() {
        FingerprintTable t = new FingerprintTable(10);
        assertThat(t.visitBudget(9, 10, 2)).isTrue();
        assertThat(t.visitBudget(9, 12, 2)).isFalse();
        assertThat(t.visitBudget(9, 8, 2)).isTrue();
        assertThat(t.visitBudget(9, 8, 1)).isTrue();
        assertThat(t.visitBudget(9, 9, 1)).isFalse();
    }

    @Test
    void aFullTableSaysSo() {
        FingerprintTable t = new FingerprintTable(10);
        assertThatThrownBy(() -> {
            for (long i = 1; i < 2000; i++) {
                t.add(i * 0x9E3779B97F4A7C15L);
            }
        }).isInstanceOf(FingerprintTable.TableFullException.class).hasMessageContaining("1024 slots");
    }

    @Test
    void aTableFullerThanItsSampledSizeCheckSeesStillEndsWithAMessageNotALoop() {
        // odd keys never fall on the sampled size check (one key in 8 here): only the bounded probe stops them
        FingerprintTable t = new FingerprintTable(10, false);
        assertThatThrownBy(() -> {
            for (long i = 1; i < 2000; i++) {
                t.add(i * 0x9E3779B97F4A7C15L | 1);
            }
        }).isInstanceOf(FingerprintTable.TableFullException.class);
        assertThat(t.size()).isEqualTo(1024);
    }

    @Test
    void aTableOfFingerprintsAloneAddsButKeepsNoSleepSets() {
        FingerprintTable t = new FingerprintTable(10, false);
        assertThat(t.add(5)).isTrue();
        assertThat(t.add(5)).isFalse();
        assertThatThrownBy(() -> t.visitSleep(5, 1)).hasMessageContaining("fingerprints alone");
        assertThatThrownBy(() -> t.visitBudget(5, 1, 0)).hasMessageContaining("fingerprints alone");
    }

    @Test
    void concurrentAddersStoreEveryFingerprintOnce() throws Exception {
        FingerprintTable t = new FingerprintTable(18);
        AtomicInteger fresh = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread th = new Thread(() -> {
                for (long i = 1; i <= 100_000; i++) {
                    if (t.add(i * 0x9E3779B97F4A7C15L)) {
                        fresh.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(t.size()).isEqualTo(100_000);
        assertThat(fresh.get()).isEqualTo(100_000);
    }
}
