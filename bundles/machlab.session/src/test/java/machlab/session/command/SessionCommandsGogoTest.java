package machlab.session.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import machlab.session.journal.Entry;
import machlab.session.journal.JournalReader;
import machlab.session.store.SessionStore;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session commands and the journal listener in a real Gogo processor, in-process, with a fake lab (and a
 * fake explore:resume) whose commands the journal records and the reopen runs again.
 */
class SessionCommandsGogoTest {

    @TempDir
    Path dir;

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private CommandProcessorImpl processor;
    private CommandSession session;
    private Sessions sessions;
    private FakeLab lab;

    @BeforeEach
    void setUp() {
        threadIO.start();
        labStarts();
    }

    /** A lab starting: a new processor, new components, a new machine (nothing booted). */
    private void labStarts() {
        processor = new CommandProcessorImpl(threadIO);
        sessions = new Sessions();
        lab = new FakeLab();
        SessionCommands commands = new SessionCommands(sessions, processor);
        // as the @GogoCommand service properties name them ('new' reaches the method '_new')
        for (String f : List.of("new", "open", "list", "log", "close")) {
            processor.addCommand("session", commands, f);
        }
        for (String f : List.of("boot", "step", "replay", "fail")) {
            processor.addCommand("lab", lab, f);
        }
        processor.addCommand("locks", lab, "analyze");
        processor.addCommand("explore", lab, "resume");
        processor.addConverter(new SessionConverter());
        processor.addListener(new JournalListener(sessions, lab));
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @AfterEach
    void tearDown() throws IOException {
        session.close();
        sessions.close();
        threadIO.stop();
    }

    private String run(String line) throws Exception {
        Object r = session.execute(line);
        return r == null ? "" : session.format(r, Converter.INSPECT).toString();
    }

    @Test
    void everyCommandWhileOpenIsJournaledAndAReopenBringsTheLabTheTranscriptsAndTheFindingsBack() throws Exception {
        Path mail = Files.writeString(dir.resolve("mail.txt"), "db> show all threads\n");
        run("lab:boot nothing-recorded-yet");
        assertThat(run("session:new --dir '" + dir.resolve("s") + "' hang")).contains("session hang created in");
        run("lab:boot --patch in-transition defpager-competitor");
        run("lab:step 2");
        run("lab:step 0:1");
        assertThatThrownBy(() -> session.execute("lab:fail")).hasMessageContaining("it failed");
        run("locks:analyze '" + mail + "'");
        run("lab:step 3");

        String log = run("session:log");
        assertThat(log).contains("session:new hang").contains("lab:boot --patch in-transition defpager-competitor")
                .contains("lab:step 0:1").contains("error  lab:fail").contains("-> it failed")
                .contains("locks:analyze '" + mail + "'").contains("transcript " + mail).contains("1 findings")
                .contains("lab name-of-defpager-competitor with in-transition, 3 steps, DEADLOCK")
                .doesNotContain("nothing-recorded-yet");
        assertThat(run("session:log 2")).contains("lab:step 3").doesNotContain("lab:fail");

        // the lab dies (no session:close); the transcript moves away
        sessions.require().abandon();
        labStarts();
        Files.move(mail, dir.resolve("moved.txt"));
        String reopened = run("session:open --dir '" + dir.resolve("s") + "' hang");

        assertThat(lab.scenario).isEqualTo("defpager-competitor");
        assertThat(lab.patch).isEqualTo("in-transition");
        assertThat(lab.steps).containsExactly("2", "0:1", "3");
        assertThat(reopened).contains("journal: 8 commands (1 failed)")
                .contains("lab: booted name-of-defpager-competitor with in-transition and replayed its 3 steps:"
                        + " replayed 3 steps: DEADLOCK (recorded: DEADLOCK)")
                .contains(mail + "  sha256 ").contains("gone; the session's copy is " + dir.resolve("s/hang/files"))
                .contains("findings of " + mail + ": 1").contains("CRITICAL  $task21.4 sleeps holding $map21  [x.held]");
        Path copy = Files.list(dir.resolve("s/hang/files")).findFirst().orElseThrow();
        assertThat(Files.readString(copy)).isEqualTo("db> show all threads\n");
        assertThat(run("session:log")).as("the restore's own boot and replay are not journaled")
                .doesNotContain("lab:replay").contains("session:open hang");
    }

    @Test
    void aNestedOrOwnCommandIsNotJournaledAndCloseEndsTheJournal() throws Exception {
        run("session:new --dir '" + dir + "' s");
        run("lab:step 1");
        assertThat(run("session:close")).isEqualTo("session s closed (1 command in its journal)".replace("command in",
                "commands in"));
        run("lab:step 2");
        List<Entry> entries = JournalReader.read(dir.resolve("s").resolve(SessionStore.JOURNAL)).entries();
        assertThat(entries).extracting(e -> e.getClass().getSimpleName()).containsExactly("Opened", "Command", "Closed");
        assertThatThrownBy(() -> session.execute("session:log")).hasMessageContaining("no session is open");
    }

    @Test
    void anInterruptedExplorerRunIsResumedOnReopenAndAFinishedOneIsNot() throws Exception {
        run("session:new --dir '" + dir + "' ex");
        Path interrupted = sessions.require().dir().resolve("explore/20261125-140000-1-defpager");
        Path finished = sessions.require().dir().resolve("explore/20261125-140100-2-defpager");
        Files.createDirectories(interrupted);
        Files.writeString(interrupted.resolve("checkpoint.json"), "{}");
        Files.createDirectories(finished);
        Files.writeString(finished.resolve("checkpoint.json"), "{}");
        Files.writeString(finished.resolve("verdict.json"), "{}");
        run("session:close");

        String reopened = run("session:open --dir '" + dir + "' ex");

        assertThat(lab.resumed).containsExactly(interrupted.toString());
        assertThat(reopened).contains("explorer: interrupted run 20261125-140000-1-defpager: explore:resume --background '"
                + interrupted + "' -> resumed the search in " + interrupted + ": DEADLOCK");
        assertThat(run("session:log")).contains("explore:resume explore/20261125-140000-1-defpager -> resumed");
    }

    @Test
    void withoutExploreResumeTheUserIsToldTheRunWaits() throws Exception {
        processor.removeCommand("explore", "resume");
        run("session:new --dir '" + dir + "' ex");
        Path run = sessions.require().dir().resolve("explore/r1");
        Files.createDirectories(run);
        Files.writeString(run.resolve("checkpoint.json"), "{}");
        run("session:close");

        assertThat(run("session:open --dir '" + dir + "' ex"))
                .contains("interrupted run r1: explore:resume is not in this lab; the run waits in " + run);
    }

    @Test
    void badNamesMissingSessionsAndASecondOpenSayWhatIsWrong() throws Exception {
        assertThatThrownBy(() -> session.execute("session:new --dir '" + dir + "' ../evil"))
                .hasMessageContaining("bad session name '../evil'");
        assertThatThrownBy(() -> session.execute("session:open --dir '" + dir + "' nosuch"))
                .hasMessageContaining("no session 'nosuch' in " + dir);
        run("session:new --dir '" + dir + "' one");
        assertThatThrownBy(() -> session.execute("session:new --dir '" + dir + "' one"))
                .hasMessageContaining("session 'one' exists already");
        assertThat(run("session:list --dir '" + dir + "'")).contains("* one").contains("(* open in this lab)");
    }
}
