package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions as a user lives them: work in a session, the lab killed with SIGKILL (once after a few commands,
 * once in the middle of a stream of journal writes), restarted, the session reopened: every command that
 * completed and every finding is there, and the machine is booted again where it was.
 */
class SessionShellTest {

    @TempDir
    Path dir;

    @Test
    void killedTwiceTheLabComesBackWithEveryCompletedCommandFindingAndItsMachine() throws Exception {
        Path seed = TranscriptShellTest.seed().toAbsolutePath().normalize();
        Path home = dir.resolve("home");
        String sessions = "-Dmachlab.session.dir=" + dir.resolve("sessions");
        Path journal = dir.resolve("sessions/hang/journal.jsonl");

        // 1. work in a session, then kill -9 the lab
        try (RunningLab lab = RunningLab.start(home, sessions)) {
            assertThat(lab.handle().info().command()).hasValueSatisfying(c -> assertThat(Path.of(c).getFileName()
                    .toString()).as("the process killed is the JVM itself").isIn("java", "java.exe"));
            lab.type("session:new hang\n"
                    + "lab:boot defpager-wire-deadlock\n"
                    + "lab:run --tries 30\n"
                    + "locks:analyze '" + seed + "'\n"
                    + "lab:nosuch\n"
                    // printed from its result, after it returned (and was journaled); echo prints while it runs
                    + "lab:threads\n");
            lab.await("threads of defpager-wire-deadlock", 120);
            assertThat(lab.out()).contains("session hang created in " + dir.resolve("sessions/hang"))
                    .contains("CRITICAL  $task21.4 sleeps holding $map21 for read");
            assertThat(lab.kill9()).as("killed by SIGKILL").isEqualTo(137);
        }

        // 2. restart, reopen: the journal, the machine, the findings; then many journal writes, killed midway
        TreeSet<Integer> seen = new TreeSet<>();
        try (RunningLab lab = RunningLab.start(home, sessions)) {
            lab.type("session:open hang\nlab:threads\necho reopened\n");
            lab.await("reopened", 120);
            String out = lab.out();
            assertThat(out).contains("journal: 5 commands (1 failed)")
                    .contains("ok     lab:boot defpager-wire-deadlock")
                    .contains("ok     lab:run --tries 30").contains("ok     locks:analyze '" + seed + "'")
                    .contains("error  lab:nosuch").contains("ok     lab:threads")
                    .contains("findings of bug-hurd-2026-03-18-defpager-deadlock.txt: 5")
                    .contains("CRITICAL  $task21.4 sleeps holding $map21 for read  [machlab.locks.held-across-block]")
                    .contains(seed + "  sha256 ").contains("unchanged");
            Matcher replayed = Pattern.compile("lab: booted defpager-wire-deadlock and replayed its (\\d+) steps: replayed"
                    + " \\1 steps: DEADLOCK \\(recorded: DEADLOCK\\)").matcher(out);
            assertThat(replayed.find()).as(out).isTrue();
            assertThat(out).contains("scenario defpager-wire-deadlock, " + replayed.group(1) + " steps, DEADLOCK");

            StringBuilder burst = new StringBuilder();
            for (int i = 1; i <= 3000; i++) {
                burst.append("echo write-").append(i).append('\n');
            }
            lab.type(burst.toString());
            lab.await("write-200\n", 120);
            long sizeBefore = Files.size(journal);
            assertThat(lab.kill9()).isEqualTo(137);
            Matcher m = Pattern.compile("(?m)^write-(\\d+)$").matcher(lab.out());
            while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
            }
            assertThat(seen).as("the lab was killed in the middle of the writes").hasSizeGreaterThanOrEqualTo(200)
                    .hasSizeLessThan(3000);
            // echo prints while it runs, before its journal record is written: the last one seen may not have
            // completed; every one before it has
            seen.remove(seen.last());
            assertThat(Files.size(journal)).isGreaterThanOrEqualTo(sizeBefore);
        }

        // 3. restart and reopen: every write whose command completed (its output was printed) is in the journal
        try (RunningLab lab = RunningLab.start(home, sessions)) {
            lab.type("session:open hang\nsession:log\necho log-done\n");
            lab.await("log-done", 120);
            String out = lab.out();
            Set<Integer> journaled = new TreeSet<>();
            Matcher m = Pattern.compile("ok     echo write-(\\d+)").matcher(out);
            while (m.find()) {
                journaled.add(Integer.parseInt(m.group(1)));
            }
            assertThat(journaled).as("every completed command is journaled").containsAll(seen);
            int last = journaled.stream().mapToInt(Integer::intValue).max().orElse(0);
            assertThat(journaled).as("and nothing before the last one is missing").hasSize(last);
            assertThat(out).contains("ok     lab:run --tries 30").contains("ok     locks:analyze '" + seed + "'")
                    .contains("CRITICAL  $task21.4 sleeps holding $map21 for read");
            // a torn tail, if the kill landed inside a write, is reported in one line naming the file and line
            assertThat(out.lines().filter(l -> l.startsWith("journal: " + journal + ":")).toList())
                    .allSatisfy(l -> assertThat(l).matches("journal: .*journal\\.jsonl:\\d+: torn record at the end .*"));
            assertThat(lab.exit()).isZero();
        }
    }
}
