package machlab.machine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Access tracking: what a step read and wrote, each address once, and nothing when off. */
class MemoryTrackingTest {

    @Test
    void recordsReadsAndWritesOnceEachAndAddAsBoth() {
        Memory m = new Memory(8);
        AccessLog log = new AccessLog(8);
        m.track(log);
        m.set(5, 1);
        m.get(2);
        m.get(2);
        m.add(7, 3);
        m.set(5, 2);
        assertThat(log.reads()).containsExactly(2, 7);
        assertThat(log.writes()).containsExactly(5, 7);
        assertThat(m.get(7)).isEqualTo(3);
    }

    @Test
    void clearStartsAFreshFootprintAndDetachingStopsRecording() {
        Memory m = new Memory(4);
        AccessLog log = new AccessLog(4);
        m.track(log);
        m.get(1);
        log.clear();
        m.set(3, 9);
        assertThat(log.reads()).isEmpty();
        assertThat(log.writes()).containsExactly(3);
        m.track(null);
        m.get(0);
        m.set(0, 1);
        assertThat(log.reads()).isEmpty();
        assertThat(log.writes()).containsExactly(3);
        assertThat(m.tracking()).isNull();
    }

    @Test
    void snapshotsRestoresAndFingerprintsAreNotAccesses() {
        Memory m = new Memory(4);
        AccessLog log = new AccessLog(4);
        m.track(log);
        int[] s = m.snapshot();
        m.restore(s);
        m.fingerprint();
        assertThat(log.reads()).isEmpty();
        assertThat(log.writes()).isEmpty();
    }

    @Test
    void aLogOfAnotherSizeIsRefused() {
        Memory m = new Memory(4);
        assertThatThrownBy(() -> m.track(new AccessLog(5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 words").hasMessageContaining("4");
    }
}
