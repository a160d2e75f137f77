package machlab.ddb.dialect.bsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.StackFrame;
import machlab.api.transcript.Transcript;
import machlab.ddb.dialect.freebsd.FreeBsdDialect;
import org.junit.jupiter.api.Test;

/** The BSD line scanners on shapes the samples lack, written from the BSD sources' format strings. */
class BsdLinesTest {

    @Test
    void framesOfEveryBsd() {
        FrameLine f = FrameLine.parse("panic(c0938fa0,deadc000,...) at panic+0x14b").orElseThrow();
        assertThat(f.arguments()).containsExactly("c0938fa0", "deadc000");
        assertThat(f.elided()).isTrue();
        assertThat(f.at().orElseThrow().offset()).hasValue(0x14b);

        FrameLine bare = FrameLine.parse("calltrap() at 0xffc031ef/frame 0xffc0df60").orElseThrow();
        assertThat(bare.at().orElseThrow().address()).hasValue(0xffc031efL);
        assertThat(bare.frame()).hasValue(0xffc0df60L);

        FrameLine netbsd = FrameLine.parse("bio_doread.isra.4() at netbsd:bio_doread.isra.4+0x19").orElseThrow();
        assertThat(netbsd.at().orElseThrow().module()).hasValue("netbsd");

        FrameLine symbolized = FrameLine.parse(
                "syscall(1c5a82b64da0a9b3) at syscall+0x680 mi_syscall_return sys/sys/syscall_mi.h:122 [inline]")
                .orElseThrow();
        assertThat(symbolized.location()).hasValue("mi_syscall_return sys/sys/syscall_mi.h:122 [inline]");

        assertThat(FrameLine.parse("#0 0xffffffff80b9a8e1 at witness_debugger+0x71").orElseThrow().kind())
                .isEqualTo(FrameLine.Kind.WITNESS);
        assertThat(FrameLine.parse("Bad frame pointer: 0xfffffe0000123450").orElseThrow().kind())
                .isEqualTo(FrameLine.Kind.BAD_FRAME);
        assertThat(FrameLine.parse("--- interrupt, rip = 0xffffffff80d1, rsp = 0x1, rbp = 0x2 ---").orElseThrow().kind())
                .isEqualTo(FrameLine.Kind.INTERRUPT);
        // a person's words with " at " are no frame
        assertThat(FrameLine.parse("it stopped (again) at night")).isEmpty();
    }

    @Test
    void lockLinesKeepTheLockNameApartFromTheWitnessType() {
        LockLine l = LockLine.classify("exclusive sx vm map (user) (vm map (user)) r = 0 (0xfffff80003e5c108) "
                + "locked @ /usr/src/sys/vm/vm_map.c:4060").orElseThrow();
        assertThat(l.name()).hasValue("vm map (user)");
        assertThat(l.lockClass()).hasValue("sx");
        assertThat(l.address()).hasValue(0xfffff80003e5c108L);

        LockLine first = LockLine.classify(" 1st 0xfffff80003f5c418 ufs (ufs, lockmgr) @ /usr/src/sys/kern/vfs_subr.c:2946")
                .orElseThrow();
        assertThat(first.kind()).isEqualTo(LockLine.Kind.ORDER_LOCK);
        assertThat(first.ordinal()).isEqualTo(1);
        assertThat(first.name()).hasValue("ufs");
    }

    @Test
    void freebsdShowThreadsGivesThreadAddressesOnceAProcessNamesTheThread() throws IOException {
        String text = String.join("\n", List.of(
                "lock order reversal:",
                " 1st 0xfffff80003f5c418 ufs (ufs, lockmgr) @ /usr/src/sys/kern/vfs_subr.c:2946",
                " 2nd 0xfffffe0000ba2c00 bufwait (bufwait, lockmgr) @ /usr/src/sys/ufs/ffs/ffs_vnops.c:263",
                "stack backtrace:",
                "#0 0xffffffff80b9a8e1 at witness_debugger+0x71",
                "#1 0xffffffff80b1e4d0 at lockmgr_lock_flags+0x120",
                "KDB: enter: witness",
                "[ thread pid 77 tid 100123 ]",
                "Stopped at      kdb_enter+0x37: movq    $0,0x1084916(%rip)",
                "db> show threads",
                "  100123 (0xfffff80003a11000) (stack 0xfffffe00510f4000)  kdb_enter() at kdb_enter+0x37/frame 0x1",
                "  100124 (0xfffff80003a12000) (stack 0xfffffe00510f8000)  sched_switch() at sched_switch+0x5d/frame 0x2",
                "db> trace 100124",
                "Tracing command cc1 pid 78 tid 100124 td 0xfffff80003a12000",
                "sched_switch() at sched_switch+0x5d/frame 0xfffffe00510f8a10",
                "mi_switch() at mi_switch+0xd2/frame 0xfffffe00510f8a40",
                "db> "));
        FreeBsdDialect dialect = new FreeBsdDialect();
        assertThat(dialect.detect(text.lines().toList())).isPositive();
        Transcript t = dialect.parse("synthetic", new StringReader(text));
        Reading r = dialect.read(t);
        for (int n = 1; n <= t.lines(); n++) {
            assertThat(r.isAccountedFor(n)).as("line " + n).isTrue();
        }
        assertThat(t.diagnostics()).isEmpty();
        KernelState s = dialect.decode(t);
        KernelThread current = s.task(77).orElseThrow().thread(100123).orElseThrow();
        assertThat(current.address()).hasValue(0xfffff80003a11000L);
        KernelThread traced = s.task(78).orElseThrow().thread(100124).orElseThrow();
        assertThat(traced.address()).hasValue(0xfffff80003a12000L);
        assertThat(traced.stack().orElseThrow()).extracting(StackFrame::function).containsExactly("sched_switch",
                "mi_switch");
        assertThat(s.task(78).orElseThrow().name()).hasValue("cc1");
        // the reversal is one record: its two locks with their file:line, and the stack after "stack backtrace:"
        assertThat(r.elements()).filteredOn(e -> e instanceof Element.WitnessStack).isEmpty();
        Element.LockOrderReversal lor = r.elements().stream().filter(Element.LockOrderReversal.class::isInstance)
                .map(Element.LockOrderReversal.class::cast).findFirst().orElseThrow();
        assertThat(lor.firstLine()).isEqualTo(1);
        assertThat(lor.lastLine()).isEqualTo(6);
        assertThat(lor.locks()).extracting(l -> l.value().ordinal() + " " + l.value().name().orElseThrow() + " "
                + l.value().text().substring(l.value().text().indexOf(" @ ") + 3))
                .containsExactly("1 ufs /usr/src/sys/kern/vfs_subr.c:2946", "2 bufwait /usr/src/sys/ufs/ffs/ffs_vnops.c:263");
        assertThat(lor.orders()).hasSize(1);
        assertThat(lor.orders().get(0).stack()).extracting(a -> a.value().function())
                .containsExactly("witness_debugger", "lockmgr_lock_flags");
    }
}
