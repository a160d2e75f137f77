package machlab.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import machlab.session.journal.Entry;
import machlab.session.store.OpenSession;
import machlab.session.store.SessionStore;

/**
 * The time to reopen a session whose journal holds 10,000 commands (every tenth with findings, every fifth
 * with a booted machine's schedule, as a long day at the lab leaves them): {@link SessionStore#open} reads the
 * journal, checks each record's CRC32, parses it with Jackson and adds it up, and takes the session's lock.
 * The peer in the same run: reading the same bytes and splitting them into lines, the floor any reopen pays.
 * Also the time the 10,000 appends took, each forced to disk. Run, from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar machlab.benchmarks.SessionFigures [entries] [rounds]}
 * (defaults 10000 and 10). The reopen restores the lab through Gogo too; that part depends on the scenario
 * and is not measured here.
 */
public final class SessionFigures {

    /** CPU time of this thread: on a shared, loaded machine wall time says more about the neighbours. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SessionFigures() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("machlab-session-figures");
        try {
            SessionStore store = new SessionStore(dir);
            long t0 = System.nanoTime();
            OpenSession s = store.create("bench");
            for (int i = 0; i < entries; i++) {
                s.append(command(i));
            }
            double write = (System.nanoTime() - t0) / 1e9;
            s.abandon();
            Path journal = dir.resolve("bench").resolve(SessionStore.JOURNAL);
            System.out.printf("journal: %d records, %.1f MB; writing them, each forced to disk: %.2f s (%.2f ms a record)%n",
                    entries + 1, Files.size(journal) / 1048576.0, write, write * 1000 / entries);

            List<Double> reopen = new ArrayList<>();
            List<Double> reopenCpu = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            List<Double> floorCpu = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long ac = THREADS.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                OpenSession o = store.open("bench");
                reopen.add((System.nanoTime() - a) / 1e6);
                reopenCpu.add((THREADS.getCurrentThreadCpuTime() - ac) / 1e6);
                if (o.state().commands().size() != entries) {
                    throw new IllegalStateException("reopened " + o.state().commands().size() + " commands, not " + entries);
                }
                o.abandon();
                long bc = THREADS.getCurrentThreadCpuTime();
                long b = System.nanoTime();
                byte[] bytes = Files.readAllBytes(journal);
                int lines = 0;
                for (byte x : bytes) {
                    if (x == '\n') {
                        lines++;
                    }
                }
                floor.add((System.nanoTime() - b) / 1e6);
                floorCpu.add((THREADS.getCurrentThreadCpuTime() - bc) / 1e6);
                if (lines != entries + 1) {
                    throw new IllegalStateException(lines + " lines");
                }
            }
            System.out.printf("reopen (read, CRC32, Jackson, add up, lock): first %.1f ms wall / %.1f ms CPU (cold JVM),"
                    + " median of %d: %.1f ms wall / %.1f ms CPU%n", reopen.get(0), reopenCpu.get(0), rounds,
                    median(reopen), median(reopenCpu));
            System.out.printf("peer, read the bytes and split the lines: first %.1f ms wall / %.1f ms CPU, median %.1f ms"
                    + " wall / %.1f ms CPU%n", floor.get(0), floorCpu.get(0), median(floor), median(floorCpu));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Entry.Command command(int i) {
        Entry.Findings findings = i % 10 == 0 ? new Entry.Findings("bug-hurd-2026-03-18-defpager-deadlock.txt", List.of(
                new Entry.Finding("machlab.locks.held-across-block", "CRITICAL", "$task21.4 sleeps holding $map21 for read",
                        "$map21's lock names $task21.4 as its recursive owner (thread = 0xffffffffdf9c76c0), read_count 1.",
                        List.of("bug-hurd-2026-03-18-defpager-deadlock.txt:29")),
                new Entry.Finding("machlab.locks.queued-writer", "WARN", "A writer (want_write) queued on $map21",
                        "$map21 is read-held (read_count 1) by its recursive owner $task21.4.", List.of()))) : null;
        Entry.LabState lab = i % 5 == 0 ? new Entry.LabState("defpager-wire-deadlock", "defpager-wire-deadlock", null,
                String.join(" ", Collections.nCopies(19, "2")), 19, "DEADLOCK", null) : null;
        return new Entry.Command("2026-11-25T15:00:00Z", "lab:step " + (i % 4), Entry.Command.OK, null, 3, null, findings,
                lab);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
