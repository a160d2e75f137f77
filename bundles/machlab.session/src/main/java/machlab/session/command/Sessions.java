package machlab.session.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import machlab.explore.checkpoint.CheckpointPolicy;
import machlab.session.store.OpenSession;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The lab's one open session, and the {@link CheckpointPolicy} service that goes with it. A component of its
 * own, immediate and cheap (it touches no JSON until a session opens): Gogo releases a command service after
 * every command, so the open session must outlive {@link SessionCommands}, which stays delayed.
 */
@Component(service = Sessions.class, immediate = true)
public final class Sessions {

    /** Framework (or system) property: where sessions live when --dir is not given. */
    static final String DIR_PROPERTY = "machlab.session.dir";
    /** Framework (or system) property: seconds between two explorer checkpoints. */
    static final String INTERVAL_PROPERTY = "machlab.session.checkpoint.seconds";

    private final BundleContext context;
    private final Set<CommandSession> internal = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));
    private OpenSession open;
    private ServiceRegistration<CheckpointPolicy> checkpoints;

    @Activate
    public Sessions(BundleContext context) {
        this.context = context;
    }

    /** For tests outside a framework: no checkpoint service, default properties. */
    Sessions() {
        this.context = null;
    }

    /** The open session. */
    public synchronized Optional<OpenSession> current() {
        return Optional.ofNullable(open);
    }

    /** The open session, or a message saying how to open one. */
    synchronized OpenSession require() {
        if (open == null) {
            throw new IllegalStateException("no session is open: session:new NAME or session:open NAME"
                    + " (session:list shows them)");
        }
        return open;
    }

    /** Makes {@code s} the open session (closing the one open before) and offers its checkpoint policy. */
    synchronized void open(OpenSession s) throws IOException {
        Duration interval;
        try {
            interval = interval();
        } catch (IllegalArgumentException e) {
            s.close();
            throw e;
        }
        close();
        open = s;
        if (context != null) {
            checkpoints = context.registerService(CheckpointPolicy.class, new SessionCheckpoints(s, interval), null);
        }
    }

    /** Closes the open session, if any. */
    synchronized Optional<OpenSession> close() throws IOException {
        OpenSession s = open;
        if (s == null) {
            return Optional.empty();
        }
        open = null;
        if (checkpoints != null) {
            try {
                checkpoints.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            checkpoints = null;
        }
        s.close();
        return Optional.of(s);
    }

    /** Where sessions live: {@code --dir}, else the property, else {@code $MACHLAB_HOME/sessions}, else {@code ~/.machlab/sessions}. */
    Path directory(String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String p = context == null ? System.getProperty(DIR_PROPERTY) : context.getProperty(DIR_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String home = System.getenv("MACHLAB_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "sessions");
        }
        return Path.of(System.getProperty("user.home"), ".machlab", "sessions");
    }

    Duration interval() {
        String p = context == null ? System.getProperty(INTERVAL_PROPERTY) : context.getProperty(INTERVAL_PROPERTY);
        if (p == null || p.isBlank()) {
            return SessionCheckpoints.DEFAULT_INTERVAL;
        }
        try {
            long s = Long.parseLong(p.strip());
            if (s < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property " + INTERVAL_PROPERTY + "=" + p
                    + ": not a whole number of seconds, at least 1");
        }
    }

    /** Marks a Gogo session the session bundle opened itself (restore): its commands are not journaled. */
    void internal(CommandSession s, boolean yes) {
        if (yes) {
            internal.add(s);
        } else {
            internal.remove(s);
        }
    }

    boolean isInternal(CommandSession s) {
        return internal.contains(s);
    }

    @Deactivate
    void deactivate() throws IOException {
        close();
    }
}
