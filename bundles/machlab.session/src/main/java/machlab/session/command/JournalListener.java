package machlab.session.command;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import machlab.session.store.OpenSession;
import machlab.shell.lab.BootedLab;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Journals every command the user runs while a session is open: Gogo calls every
 * {@link CommandSessionListener} service before and after each {@code CommandSession.execute}, which the
 * lab's shell calls once per statement. A command is journaled in the session that was open both when it
 * began and when it ended ({@code session:open} and {@code session:close} write their own records); nested
 * executions (a command running command lines) and the session bundle's own restore are not journaled.
 */
@Component(service = CommandSessionListener.class)
public class JournalListener implements CommandSessionListener {

    private record Start(Optional<OpenSession> session, long nanos) {
    }

    private final Sessions sessions;
    private final BundleContext context;
    private final Map<CommandSession, Deque<Start>> running = new ConcurrentHashMap<>();
    private volatile BootedLab lab;
    private ServiceTracker<BootedLab, BootedLab> labs;

    /*
     * Gogo takes every listener at its start, so this component is active from the lab's start: it must not
     * bind the shell's BootedLab then (binding activates the shell's LabSession, its patches and scenario
     * sources, and boots the seed case). It tracks BootedLab from the first command journaled instead.
     */
    @Activate
    public JournalListener(@Reference Sessions sessions, BundleContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    /** A listener outside a framework, reading the machine from {@code lab}. */
    JournalListener(Sessions sessions, BootedLab lab) {
        this.sessions = sessions;
        this.context = null;
        this.lab = lab;
    }

    /** The shell's booted machine now (the shell may be absent). */
    private Optional<BootedLab.Booted> booted() {
        BootedLab l = lab;
        if (context != null) {
            synchronized (this) {
                if (labs == null) {
                    labs = new ServiceTracker<>(context, BootedLab.class, null);
                    labs.open();
                }
                l = labs.getService();
            }
        }
        return l == null ? Optional.empty() : l.booted();
    }

    @Deactivate
    synchronized void deactivate() {
        if (labs != null) {
            labs.close();
        }
    }

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        running.computeIfAbsent(session, s -> new ArrayDeque<>())
                .push(new Start(sessions.current(), System.nanoTime()));
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        after(session, command, null, exception);
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        after(session, command, result, null);
    }

    private void after(CommandSession session, CharSequence command, Object result, Exception failure) {
        Deque<Start> stack = running.get(session);
        if (stack == null || stack.isEmpty()) {
            return;
        }
        Start start = stack.pop();
        if (!stack.isEmpty()) {
            return; // nested: the outer command is what the user typed
        }
        running.remove(session);
        Optional<OpenSession> now = sessions.current();
        if (start.session().isEmpty() || now.isEmpty() || start.session().get() != now.get()
                || sessions.isInternal(session)) {
            return;
        }
        OpenSession s = now.get();
        long millis = (System.nanoTime() - start.nanos()) / 1_000_000;
        try {
            s.append(CommandCapture.capture(s, command, result, failure, millis, booted()));
        } catch (IOException | RuntimeException e) {
            // Gogo ignores what a listener throws: say it where the user sees it, once per failed write
            session.getConsole().println("warning: session " + s.name() + ": the command was not journaled ("
                    + CommandCapture.oneLine(e) + ")");
        }
    }
}
