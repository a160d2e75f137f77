package machlab.session.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import machlab.session.journal.Entry;
import machlab.session.store.OpenSession;
import machlab.session.store.SessionState;
import machlab.session.store.SessionStore;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code session:new}, {@code session:open}, {@code session:list}, {@code session:log} and
 * {@code session:close}. Delayed: the open session lives in {@link Sessions}.
 */
@Component(service = SessionCommands.class)
@GogoCommand(scope = "session", function = {"new", "open", "list", "log", "close"})
public class SessionCommands {

    private static final String DIR_HELP = "the directory of sessions (default: property machlab.session.dir, else"
            + " $MACHLAB_HOME/sessions, else ~/.machlab/sessions)";

    private final Sessions sessions;
    private final CommandProcessor processor;

    @Activate
    public SessionCommands(@Reference Sessions sessions, @Reference CommandProcessor processor) {
        this.sessions = sessions;
        this.processor = processor;
    }

    // Gogo maps the function 'new', a Java keyword, to the method '_new'
    @Descriptor("create a session and open it: from now on every command, transcript, booted machine, finding and"
            + " explorer checkpoint is journaled in it, safe against a crash")
    public SessionReport _new(
            @Descriptor(DIR_HELP) @Parameter(names = {"-d", "--dir"}, absentValue = "") String dir,
            @Descriptor("the session's name: letters, digits, '.', '_', '-'") String name) throws IOException {
        SessionStore store = new SessionStore(sessions.directory(dir));
        OpenSession s = store.create(name);
        sessions.open(s);
        SessionStore.opened(s, "session:new " + name);
        return new SessionReport("session " + name + " created in " + s.dir() + " and open: its journal records every"
                + " command from now on", List.of(), 0, 0, new SessionLog(name, 1, List.of()), List.of(), List.of(),
                List.of(), List.of());
    }

    @Descriptor("open a session and bring back what it held: list its journal, check its transcripts, boot its last"
            + " machine again and replay its steps, show its findings, resume interrupted explorer runs")
    public SessionReport open(
            @Descriptor(DIR_HELP) @Parameter(names = {"-d", "--dir"}, absentValue = "") String dir,
            @Descriptor("leave interrupted explorer runs as they are (explore:resume DIR continues one later)")
            @Parameter(names = {"--no-resume"}, presentValue = "true", absentValue = "false") boolean noResume,
            @Descriptor("the session's name (session:list shows them)") String name) throws IOException {
        SessionStore store = new SessionStore(sessions.directory(dir));
        OpenSession s = store.open(name);
        sessions.open(s);
        SessionStore.opened(s, "session:open " + name);
        Restore restore = new Restore(processor, sessions);
        List<String> lab = restore.lab(s);
        List<Path> interrupted = Restore.interrupted(s);
        List<String> explorer = new ArrayList<>();
        if (noResume) {
            interrupted.forEach(r -> explorer.add("interrupted run " + r.getFileName() + " left as it is (--no-resume):"
                    + " explore:resume '" + r + "' continues it"));
        } else {
            explorer.addAll(restore.resume(s, interrupted));
        }
        SessionState st = s.state();
        List<Entry.Command> commands = st.commands();
        return new SessionReport("session " + name + " open (" + s.dir() + "), created " + SessionLog.time(s.info().created()),
                s.problems(), commands.size(), (int) commands.stream().filter(Entry.Command::failed).count(),
                tail(s, SessionReport.LAST), Restore.transcripts(s), lab, st.findings(), explorer);
    }

    @Descriptor("list the sessions in the directory of sessions")
    public SessionList list(@Descriptor(DIR_HELP) @Parameter(names = {"-d", "--dir"}, absentValue = "") String dir)
            throws IOException {
        SessionStore store = new SessionStore(sessions.directory(dir));
        return new SessionList(store.root().toString(), sessions.current().filter(s -> s.dir().getParent()
                .equals(store.root())).map(OpenSession::name).orElse(null), store.list());
    }

    @Descriptor("show the open session's whole journal: commands (time, outcome), transcripts, machines, findings")
    public SessionLog log() {
        OpenSession s = sessions.require();
        return tail(s, Integer.MAX_VALUE);
    }

    @Descriptor("show the last N records of the open session's journal")
    public SessionLog log(@Descriptor("how many records, from the end") int n) {
        if (n < 1) {
            throw new IllegalArgumentException("session:log N: N must be at least 1, not " + n);
        }
        return tail(sessions.require(), n);
    }

    @Descriptor("close the open session: commands are no longer journaled; session:open NAME reopens it")
    public String close() throws IOException {
        return sessions.close().map(s -> "session " + s.name() + " closed (" + s.state().commands().size()
                + " commands in its journal)").orElse("no session is open");
    }

    private static SessionLog tail(OpenSession s, int n) {
        List<Entry> all = s.state().entries();
        int from = Math.max(0, all.size() - n);
        return new SessionLog(s.name(), from + 1, all.subList(from, all.size()));
    }
}
