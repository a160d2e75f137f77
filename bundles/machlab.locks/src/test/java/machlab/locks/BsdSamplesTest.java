package machlab.locks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.AnalysisResult.Status;
import machlab.api.analysis.Finding;
import machlab.api.analysis.Severity;
import machlab.api.state.Provenance;
import machlab.ddb.dialect.freebsd.FreeBsdDialect;
import machlab.ddb.dialect.gnumach.GnuMachDialect;
import machlab.ddb.dialect.netbsd.NetBsdDialect;
import machlab.ddb.dialect.openbsd.OpenBsdDialect;
import machlab.locks.analyzers.HeldLocksAnalyzer;
import machlab.locks.analyzers.SimpleLocksAnalyzer;
import machlab.locks.analyzers.WitnessReversalAnalyzer;
import machlab.locks.command.AnalysisReport;
import machlab.locks.command.LocksCommands;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.junit.jupiter.api.Test;

/**
 * The BSD samples that show WITNESS's {@code show all locks}, read as {@code locks:analyze FILE} reads them.
 * Each expected text was written by hand from the transcript's own lines: one finding per thread the
 * kernel listed, with the locks in the kernel's order, names, addresses, class, mode, recursion, {@code locked @}
 * and stacks as printed, and the lines of each; and the reversal WITNESS reported in 024, with its locks and the
 * stack each order was first seen at.
 */
class BsdSamplesTest {

    static final String S015 = "015-freebsd-amd64-asan-udp6-connect-show-registers-ps-locks-page-malloc-uma.txt";
    static final String S017 = "017-freebsd-amd64-geom-raid-taste-unrecognized-input-show-proc.txt";
    static final String S024 = "024-openbsd-amd64-witness-reversal-full-ddb-session-ddbcpu.txt";
    static final String S026 = "026-openbsd-amd64-witness-userret-symbolized-trace-ps-locks-malloc.txt";

    @Test
    void freebsd015OneThreadHoldsUdpinp() throws Exception {
        // 167: Process 696 (syz-executor8524540) thread 0xfffffe008e9c2300 (100088)
        // 168: exclusive rw udpinp (udpinp) r = 0 (0xfffffe008e686020) locked @ .../udp6_usrreq.c:1190
        List<Finding> found = heldLocks(S015);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.title()).isEqualTo("thread 0xfffffe008e9c2300 (100088) of task 696 (syz-executor8524540)"
                    + " holds udpinp");
            assertThat(f.detail()).isEqualTo("The kernel listed one lock held by thread 0xfffffe008e9c2300 (100088)"
                    + " of task 696 (syz-executor8524540):\n"
                    + "- udpinp (udpinp) at 0xfffffe008e686020: exclusive rw, r = 0, locked @"
                    + " /usr/home/markj/src/freebsd-dev/sys/netinet6/udp6_usrreq.c:1190 (" + S015 + ":168)");
            assertThat(f.evidence()).startsWith(Provenance.line(S015, 168));
        });
    }

    @Test
    void freebsd017ShowAllLocksPrintedNothingSoNothingIsHeld() throws Exception {
        AnalysisReport r = analyze(S017);

        assertThat(r.result(HeldLocksAnalyzer.ID).orElseThrow().findings()).isEmpty();
        assertThat(r.result(HeldLocksAnalyzer.ID).orElseThrow().status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void openbsd024TheCurrentThreadHoldsNetlockAndTheKernelLock() throws Exception {
        // 122: Process 51336 (syz-executor1584) thread 0xffff8000ffff62a0 (302653)
        // 123: exclusive rwlock netlock r = 0 (0xffffffff8277e670), stack #0-#10 on 124-134
        // 135: exclusive kernel_lock &kernel_lock r = 1 (0xffffffff828cea78), stack #0-#2 on 136-138
        AnalysisReport r = analyze(S024);
        List<Finding> found = r.result(HeldLocksAnalyzer.ID).orElseThrow().findings();

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("thread 0xffff8000ffff62a0 (302653) of task 51336 (syz-executor1584)"
                    + " holds netlock, &kernel_lock");
            assertThat(f.detail()).isEqualTo("The kernel listed 2 locks held by thread 0xffff8000ffff62a0 (302653)"
                    + " of task 51336 (syz-executor1584):\n"
                    + "- netlock at 0xffffffff8277e670: exclusive rwlock, r = 0 (" + S024 + ":123-134)\n"
                    + "  taken at witness_lock+0x4b0 ← uvn_io+0x31d ← uvn_get+0x473 ← uvm_fault+0xa41"
                    + " ← kpageflttrap+0x202 ← kerntrap+0xef ← alltraps_kern_meltdown+0x7b ← copyin+0x53"
                    + " ← sys_connect+0x9b ← syscall+0x4a1 ← Xsyscall+0x128\n"
                    + "- &kernel_lock at 0xffffffff828cea78: exclusive kernel_lock, r = 1 (" + S024 + ":135-138)\n"
                    + "  taken at witness_lock+0x4b0 ← syscall+0x3fd ← Xsyscall+0x128");
            assertThat(f.evidence()).startsWith(Provenance.lines(S024, 123, 134), Provenance.lines(S024, 135, 138));
        });
    }

    @Test
    void openbsd024TheReversalWitnessReportedIsFound() throws Exception {
        // 11: witness: lock order reversal:
        // 12:  1st 0xfffffd806d95cb48 inode (&ip->i_lock)
        // 13:  2nd 0xffffffff8277e670 netlock (netlock)
        // 14: lock order "&ip->i_lock"(rrwlock) -> "netlock"(rwlock) first seen at:   (#0-#10 on 15-25)
        // 26: lock order "netlock"(rwlock) -> "&ip->i_lock"(rrwlock) first seen at:   (#0-#10 on 27-37)
        // 123: netlock is listed held by the current thread (show all locks)
        AnalysisResult result = analyze(S024).result(WitnessReversalAnalyzer.ID).orElseThrow();
        assertThat(result.status()).as(result.reason()).isEqualTo(Status.COMPLETED);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.title()).isEqualTo("lock order reversal reported by the kernel: inode 0xfffffd806d95cb48"
                    + " / netlock 0xffffffff8277e670");
            assertThat(f.detail()).isEqualTo("WITNESS reported a lock order reversal (lines 11-37):\n"
                    + "- 1st inode (&ip->i_lock, rrwlock) at 0xfffffd806d95cb48 (line 12)\n"
                    + "- 2nd netlock (netlock, rwlock) at 0xffffffff8277e670 (line 13)\n"
                    + "Order &ip->i_lock -> netlock, first seen at (lines 14-25): witness_checkorder+0x65e"
                    + " ← rw_enter_write+0x5b ← uvn_get+0xeb ← uvm_fault+0xa41 ← kpageflttrap+0x202 ← kerntrap+0xef"
                    + " ← alltraps_kern_meltdown+0x7b ← copyin+0x53 ← sys_connect+0x9b ← syscall+0x4a1"
                    + " ← Xsyscall+0x128\n"
                    + "Order netlock -> &ip->i_lock, first seen at (lines 26-37): witness_checkorder+0x65e"
                    + " ← rw_enter+0xd4 ← rrw_enter+0x88 ← VOP_LOCK+0x4b ← vn_lock+0x6c ← vget+0x1c6"
                    + " ← ktrwriteraw+0x138 ← ktrstruct+0x169 ← sys_connect+0x246 ← syscall+0x4a1"
                    + " ← Xsyscall+0x128\n"
                    + "show all locks lists netlock held exclusive by thread 0xffff8000ffff62a0 (302653) of task"
                    + " 51336 (syz-executor1584) (lines 123-134)\n"
                    + "Both orders were taken: two threads taking these locks in opposite orders at once deadlock.");
            assertThat(f.evidence()).containsExactly(Provenance.lines(S024, 11, 37), Provenance.lines(S024, 123, 134));
        });
    }

    @Test
    void noReversalWhereTheKernelReportedNone() throws Exception {
        for (String sample : List.of(S015, S017, S026)) {
            AnalysisResult result = analyze(sample).result(WitnessReversalAnalyzer.ID).orElseThrow();
            assertThat(result.status()).as(sample).isEqualTo(Status.COMPLETED);
            assertThat(result.findings()).as(sample).isEmpty();
        }
    }

    @Test
    void openbsd026TwoThreadsEachHoldTheirLocks() throws Exception {
        // 120: Process 27091 (syz-executor0) thread 0xffff800020b932d8 (251133)
        // 121: exclusive rrwlock inode r = 0 (0xfffffd8073b751b8) locked @ .../ufs_vnops.c:1547
        // 122: Process 84579 (syslogd) thread 0xffff800020be4970 (157746)
        // 123: exclusive kernel_lock &kernel_lock r = 0 (0xffffffff822fe250) locked @ .../sched_bsd.c:429
        // 124: exclusive rrwlock inode r = 0 (0xfffffd806eb9a098) locked @ .../ufs_vnops.c:1547
        List<Finding> found = heldLocks(S026);

        assertThat(found).extracting(Finding::title).containsExactly(
                "thread 0xffff800020b932d8 (251133) of task 27091 (syz-executor0) holds inode",
                "thread 0xffff800020be4970 (157746) of task 84579 (syslogd) holds &kernel_lock, inode");
        assertThat(found.get(1).detail()).endsWith("- &kernel_lock at 0xffffffff822fe250: exclusive kernel_lock, r = 0,"
                + " locked @ /syzkaller/managers/setuid/kernel/sys/kern/sched_bsd.c:429 (" + S026 + ":123)\n"
                + "- inode at 0xfffffd806eb9a098: exclusive rrwlock, r = 0,"
                + " locked @ /syzkaller/managers/setuid/kernel/sys/ufs/ufs/ufs_vnops.c:1547 (" + S026 + ":124)");
        assertThat(found.get(0).evidence()).startsWith(Provenance.line(S026, 121));
    }

    @Test
    void heldLocksAreNotAlsoReportedAsSimpleLocks() throws Exception {
        AnalysisReport r = analyze(S026);

        AnalysisResult simple = r.result(SimpleLocksAnalyzer.ID).orElseThrow();
        assertThat(simple.status()).isEqualTo(Status.COMPLETED);
        assertThat(simple.findings()).isEmpty(); // no holder is shown asleep
        assertThat(r.results()).extracting(AnalysisResult::status).doesNotContain(Status.FAILED);
    }

    private static List<Finding> heldLocks(String sample) throws Exception {
        AnalysisResult r = analyze(sample).result(HeldLocksAnalyzer.ID).orElseThrow();
        assertThat(r.status()).as(r.reason()).isEqualTo(Status.COMPLETED);
        return r.findings();
    }

    private static AnalysisReport analyze(String sample) throws Exception {
        LocksCommands commands = new LocksCommands(Registries.withBundleAnalyzers(10_000));
        commands.addDialect(new GnuMachDialect());
        commands.addDialect(new FreeBsdDialect());
        commands.addDialect(new OpenBsdDialect());
        commands.addDialect(new NetBsdDialect());
        Path file = States.shared(States.SAMPLES.resolve(sample));
        return commands.analyze(file.toString());
    }
}
