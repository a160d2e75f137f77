package machlab.ddb.dialect.bsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Provenance;
import machlab.api.state.SourceLocation;
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
        // in the state: FreeBSD's "(type, class) @ file:line" per lock, "stack backtrace:" is the reversal's own
        LockOrderReversal rev = s.reversals().get(0);
        assertThat(s.reversals()).hasSize(1);
        assertThat(rev.provenance()).isEqualTo(Provenance.lines("synthetic", 1, 6));
        assertThat(rev.locks()).extracting(l -> l.ordinal() + " " + Long.toHexString(l.address()) + " " + l.name()
                + " " + l.type().orElseThrow() + " " + l.lockClass().orElseThrow() + " " + l.at().orElseThrow())
                .containsExactly("1 fffff80003f5c418 ufs ufs lockmgr /usr/src/sys/kern/vfs_subr.c:2946",
                        "2 fffffe0000ba2c00 bufwait bufwait lockmgr /usr/src/sys/ufs/ffs/ffs_vnops.c:263");
        assertThat(rev.orders()).isEmpty();
        assertThat(rev.stack().orElseThrow()).extracting(f -> f.function() + "+" + f.offset().getAsLong() + "@"
                + Long.toHexString(f.pc().getAsLong()))
                .containsExactly("witness_debugger+113@ffffffff80b9a8e1", "lockmgr_lock_flags+288@ffffffff80b1e4d0");
    }

    @Test
    void witnessLinesKeepTypeRecursionClassAndWhereTaken() {
        LockLine l = LockLine.classify("exclusive sx vm map (user) (vm map (user)) r = 0 (0xfffff80003e5c108) "
                + "locked @ /usr/src/sys/vm/vm_map.c:4060").orElseThrow();
        assertThat(l.type()).hasValue("vm map (user)");
        assertThat(l.at()).hasValue(new SourceLocation("/usr/src/sys/vm/vm_map.c", 4060));
        LockLine giant = LockLine.classify("shared sleep mutex Giant (Giant) r = 2 (0xffffffff81c3b2a0) locked @ "
                + "/usr/src/sys/kern/kern_sysctl.c:2193").orElseThrow();
        assertThat(giant.lockClass()).hasValue("sleep mutex");
        assertThat(giant.name()).hasValue("Giant");
        assertThat(giant.exclusive()).isFalse();
        assertThat(giant.recursion()).isEqualTo(2);
        LockLine bare = LockLine.classify("exclusive kernel_lock &kernel_lock r = 1 (0xffffffff828cea78)").orElseThrow();
        assertThat(bare.type()).isEmpty();
        assertThat(bare.at()).isEmpty();
        assertThat(bare.recursion()).isEqualTo(1);

        LockLine interlock = LockLine.classify(" 2nd 0xc3e0b0a0 vnode interlock (vnode interlock, sleep mutex) @ "
                + "/usr/src/sys/kern/vfs_subr.c:2083").orElseThrow();
        assertThat(interlock.name()).hasValue("vnode interlock");
        assertThat(interlock.type()).hasValue("vnode interlock");
        assertThat(interlock.lockClass()).hasValue("sleep mutex");
        assertThat(interlock.ordinal()).isEqualTo(2);
        LockLine openbsd = LockLine.classify(" 1st 0xfffffd806d95cb48 inode (&ip->i_lock)").orElseThrow();
        assertThat(openbsd.type()).hasValue("&ip->i_lock");
        assertThat(openbsd.lockClass()).isEmpty();
        assertThat(openbsd.at()).isEmpty();
    }

    @Test
    void orderCaptionsOfBothKernels() {
        OrderCaption o = OrderCaption.parse("lock order \"&ip->i_lock\"(rrwlock) -> \"netlock\"(rwlock) first seen at:")
                .orElseThrow();
        assertThat(o).isEqualTo(new OrderCaption("&ip->i_lock", java.util.Optional.of("rrwlock"), "netlock",
                java.util.Optional.of("rwlock"), "first seen at"));
        OrderCaption f = OrderCaption.parse("lock order vnode interlock -> ufs established at:").orElseThrow();
        assertThat(f).isEqualTo(new OrderCaption("vnode interlock", java.util.Optional.empty(), "ufs",
                java.util.Optional.empty(), "established at"));
        assertThat(OrderCaption.parse("lock order ufs -> devfs attempted at:")).map(OrderCaption::seen)
                .hasValue("attempted at");
        assertThat(LockLine.classify("lock order ufs -> devfs attempted at:").orElseThrow().kind())
                .isEqualTo(LockLine.Kind.ORDER_CAPTION);
        assertThat(OrderCaption.parse("lock order reversal:")).isEmpty();
        assertThat(OrderCaption.parse("lock order \"a -> b first seen at:")).isEmpty();
    }
}
