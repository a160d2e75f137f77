package machlab.api.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LockTest {

    private static final Provenance SEED = Provenance.line("seed", 1);

    @Test
    void decodesTheSeedDumpAsARecursiveReadLockWithAWriterQueued() {
        // bug-hurd 2026-03-18: "x /x $map21,4" printed "df9c76c0 ffffffff e0001 0"
        Lock lock = Lock.fromWords(LockLayout.X86_64, new long[] {0xdf9c76c0L, 0xffffffffL, 0xe0001L, 0}, SEED);

        assertThat(lock.owner()).hasValue(0xffffffffdf9c76c0L);
        assertThat(lock.readCount()).isEqualTo(1);
        assertThat(lock.wantUpgrade()).isFalse();
        assertThat(lock.wantWrite()).isTrue();
        assertThat(lock.waiting()).isTrue();
        assertThat(lock.canSleep()).isTrue();
        assertThat(lock.recursionDepth()).isZero();
        assertThat(lock.interlock()).hasValue(0);
    }

    @Test
    void anIdleMapLockHasNoOwnerAndOnlyCanSleep() {
        Lock idle = Lock.fromWords(LockLayout.X86_64, new long[] {0xffffffffL, 0xffffffffL, 0x80000L, 0}, SEED);

        assertThat(idle.owner()).isEmpty();
        assertThat(idle.bits()).isEqualTo(0x80000);
    }

    @Test
    void encodesBackToTheWordsDdbPrints() {
        Lock lock = new Lock(0xffffffffdf9c76c0L, 1, false, true, true, true, 0, OptionalLong.of(0), SEED);

        assertThat(lock.words(LockLayout.X86_64)).containsExactly(0xdf9c76c0L, 0xffffffffL, 0xe0001L, 0L);
        assertThat(lock.words(LockLayout.I386)).containsExactly(0xdf9c76c0L, 0xe0001L, 0L);
    }

    @Test
    void everyFieldSurvivesARoundTripThroughBothLayouts() {
        for (int rc : new int[] {0, 1, 0xffff}) {
            for (int depth : new int[] {0, 3, 0xfff}) {
                for (int flags = 0; flags < 16; flags++) {
                    Lock lock = new Lock(0xffffffffdf9c76c0L, rc, (flags & 1) != 0, (flags & 2) != 0,
                            (flags & 4) != 0, (flags & 8) != 0, depth, OptionalLong.of(1), SEED);
                    assertThat(Lock.fromWords(LockLayout.X86_64, lock.words(LockLayout.X86_64), SEED))
                            .isEqualTo(lock);
                    Lock i386 = new Lock(0xdf9c76c0L, rc, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                            (flags & 8) != 0, depth, OptionalLong.of(1), SEED);
                    assertThat(Lock.fromWords(LockLayout.I386, i386.words(LockLayout.I386), SEED)).isEqualTo(i386);
                }
            }
        }
    }

    @Test
    void anI386UnownedLockDecodesToNoOwner() {
        Lock lock = Lock.fromWords(LockLayout.I386, new long[] {0xffffffffL, 0x80000L}, SEED);

        assertThat(lock.owner()).isEmpty();
        assertThat(lock.interlock()).isEmpty();
    }

    @Test
    void rejectsTooFewWordsAndOversizedWords() {
        assertThatThrownBy(() -> Lock.fromWords(LockLayout.X86_64, new long[] {1, 2}, SEED))
                .hasMessageContaining("needs at least 3 words, got 2");
        assertThatThrownBy(() -> Lock.fromWords(LockLayout.I386, new long[] {0x1ffffffffL, 0}, SEED))
                .hasMessageContaining("1ffffffff does not fit 32 bits");
    }

    @Test
    void rejectsFieldsWiderThanTheirBitfields() {
        assertThatThrownBy(() -> new Lock(Lock.NO_OWNER, 0x10000, false, false, false, true, 0,
                OptionalLong.empty(), SEED)).hasMessageContaining("read_count 65536");
        assertThatThrownBy(() -> new Lock(Lock.NO_OWNER, 0, false, false, false, true, 0x1000,
                OptionalLong.empty(), SEED)).hasMessageContaining("recursion_depth 4096");
    }
}
