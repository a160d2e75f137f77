package machlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.KernelState;
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Provenance;
import machlab.api.state.SourceLocation;
import machlab.api.state.StackFrame;
import org.junit.jupiter.api.Test;

/** The WITNESS facts of a state as a person reads them: held locks in full, reversals in one line each. */
class StateReportTest {

    private static final String T = "t.txt";

    @Test
    void printsHeldLocksAndReversalsWithTheirLines() {
        // as sample 024 shows them: netlock held with its stack, the reversal inode / netlock
        LockHold netlock = new LockHold(0xffffffff8277e670L, "netlock", Optional.empty(), "rwlock",
                LockHold.Mode.EXCLUSIVE, 0, OptionalLong.of(0xffff8000ffff62a0L), Optional.empty(),
                Optional.of(List.of(StackFrame.call("witness_lock", 0x4b0, Provenance.line(T, 124)))),
                Provenance.lines(T, 123, 124));
        LockHold udpinp = new LockHold(0xfffffe008e686020L, "udpinp", Optional.of("udpinp"), "rw",
                LockHold.Mode.SHARED, 2, OptionalLong.empty(),
                Optional.of(new SourceLocation("/usr/src/sys/netinet6/udp6_usrreq.c", 1190)), Optional.empty(),
                Provenance.line(T, 168));
        LockOrderReversal rev = new LockOrderReversal(List.of(
                new LockOrderReversal.ReversedLock(1, 0xfffffd806d95cb48L, "inode", Optional.of("&ip->i_lock"),
                        Optional.of("rrwlock"), Optional.empty(), Provenance.line(T, 12)),
                new LockOrderReversal.ReversedLock(2, 0xffffffff8277e670L, "netlock", Optional.of("netlock"),
                        Optional.of("rwlock"), Optional.empty(), Provenance.line(T, 13))),
                List.of(new LockOrderReversal.Order("&ip->i_lock", Optional.of("rrwlock"), "netlock",
                        Optional.of("rwlock"), "first seen at", List.of(), Provenance.lines(T, 14, 25))),
                Optional.empty(), Provenance.lines(T, 11, 25));
        KernelState s = new KernelState(T, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(netlock, udpinp), List.of(rev));

        assertThat(new StateReport(s).render()).isEqualTo("state of t.txt\n"
                + "held exclusive rwlock netlock 0xffffffff8277e670 r = 0 by 0xffff8000ffff62a0, stack of 1"
                + "   [t.txt:123-124]\n"
                + "held shared rw udpinp 0xfffffe008e686020 r = 2 locked @ /usr/src/sys/netinet6/udp6_usrreq.c:1190"
                + "   [t.txt:168]\n"
                + "lock order reversal: inode 0xfffffd806d95cb48 netlock 0xffffffff8277e670; &ip->i_lock -> netlock"
                + " first seen at line 14   [t.txt:11-25]");
    }

    @Test
    void theOldConstructorMeansNoWitnessFacts() {
        KernelState s = new KernelState(T, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(s.lockHolds()).isEmpty();
        assertThat(s.reversals()).isEmpty();
        assertThat(new StateReport(s).render()).isEqualTo("state of t.txt");
    }
}
