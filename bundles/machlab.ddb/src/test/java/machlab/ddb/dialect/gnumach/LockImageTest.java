package machlab.ddb.dialect.gnumach;

import static org.assertj.core.api.Assertions.assertThat;

import machlab.api.state.Lock;
import machlab.api.state.LockLayout;
import machlab.api.state.Provenance;
import org.junit.jupiter.api.Test;

/** Reference values of gnumach-vm-locking.md section 2.2 and the layouts of 2.1 (kern/lock.h). */
class LockImageTest {

    private static final Provenance P = Provenance.line("t", 1);

    @Test
    void x86_64IdleAndHeldImages() {
        Lock idle = LockImage.decode(new long[] {0xffffffffL, 0xffffffffL, 0x80000, 0}, P).orElseThrow();
        assertThat(idle.owner()).isEmpty();
        assertThat(idle.canSleep()).isTrue();
        assertThat(idle.readCount()).isZero();
        Lock held = LockImage.decode(new long[] {0xdf9c76c0L, 0xffffffffL, 0x80001, 0}, P).orElseThrow();
        assertThat(held.owner()).hasValue(0xffffffffdf9c76c0L);
        assertThat(held.wantWrite()).isFalse();
    }

    @Test
    void i386ImagesAreToldByTheirBitfieldWord() {
        assertThat(LockImage.decide(new long[] {0xffffffffL, 0x80000, 0, 0x1234}).layout())
                .contains(LockLayout.I386);
        Lock l = LockImage.decode(new long[] {0xc1234560L, 0xe0001, 0, 0xc0ffee}, P).orElseThrow();
        assertThat(l.owner()).hasValue(0xc1234560L);
        assertThat(l.readCount()).isEqualTo(1);
        assertThat(l.waiting()).isTrue();
        assertThat(l.interlock()).as("the fourth word is past an i386 lock").hasValue(0);
        Lock none = LockImage.decode(new long[] {0xffffffffL, 0x80000, 0}, P).orElseThrow();
        assertThat(none.owner()).isEmpty();
    }

    @Test
    void wordsThatFitNoLayoutAreNotALock() {
        assertThat(LockImage.decode(new long[] {0x1234, 0x5678, 0, 0}, P)).isEmpty();
        assertThat(LockImage.decode(new long[] {0x1234}, P)).isEmpty();
        assertThat(LockImage.decode(new long[] {0xdf9c76c0L, 0xffffffffL}, P)).as("x86_64 needs 3 words").isEmpty();
    }
}
