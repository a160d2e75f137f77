package machlab.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

/** A running Felix framework with the image's bundles started. */
final class Lab implements AutoCloseable {

    /** The Gogo shell bundle starts last, after SCR has registered the commands. */
    private static final String GOGO_SHELL = "org.apache.felix.gogo.shell";
    private static final int BUNDLE_LEVEL = 2;
    private static final int SHELL_LEVEL = 3;
    private static final String BEGINNING_LEVEL = "10";
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";

    private final Framework framework;
    private final PrintStream err;

    private Lab(Framework framework, PrintStream err) {
        this.framework = framework;
        this.err = err;
    }

    /**
     * Starts the framework on {@code cache}, installing the image's bundles when the cache is cold, and
     * returns once the framework has reached its beginning start level.
     */
    static Lab start(BundleImage image, BundleCache cache, Options options, PrintStream err) throws Exception {
        Map<String, String> config = new HashMap<>();
        // read by bundles that keep files of their own in the lab's home (machlab.ssh: ssh.properties, host key)
        config.put("machlab.home", options.home().toString());
        if (options.sshPort() != 0) {
            config.put("machlab.ssh.port", Integer.toString(options.sshPort()));
        }
        config.put(Constants.FRAMEWORK_STORAGE, cache.dir().toString());
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, BEGINNING_LEVEL);
        // bundles a user installs start at this level: below the beginning level, so 'start' works
        config.put("felix.startlevel.bundle", "1");
        config.put("felix.log.level", "1");
        // Gogo's shell bundle registers its built-in commands but must not open a console of its own
        config.put("gosh.args", "--nointeractive --quiet");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                .newFramework(config);
        framework.init();
        if (!cache.warm()) {
            install(framework.getBundleContext(), image);
        }
        CountDownLatch started = new CountDownLatch(1);
        framework.getBundleContext().addFrameworkListener(e -> {
            if (e.getType() == FrameworkEvent.STARTED) {
                started.countDown();
            } else if (e.getType() == FrameworkEvent.ERROR) {
                err.println("error: " + Errors.oneLine(e.getThrowable(), e.getBundle()));
            }
        });
        framework.start();
        if (!started.await(60, TimeUnit.SECONDS)) {
            err.println("warning: the framework did not report STARTED within 60 s; going on");
        }
        if (!cache.warm() && !cache.temporary()) {
            cache.markComplete();
        }
        return new Lab(framework, err);
    }

    private static void install(BundleContext context, BundleImage image) throws IOException, BundleException {
        for (String name : image.names()) {
            Bundle b;
            try (InputStream in = image.open(name)) {
                b = context.installBundle("machlab:" + name, in);
            }
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            b.adapt(BundleStartLevel.class).setStartLevel(GOGO_SHELL.equals(b.getSymbolicName())
                    ? SHELL_LEVEL : BUNDLE_LEVEL);
            b.start();
        }
    }

    /** Whether the framework is still running ({@code stop 0} stops it from the shell). */
    boolean running() {
        return (framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
    }

    /** The names the shell completes, read from the running framework. */
    Candidates candidates() {
        return new FrameworkCandidates(framework.getBundleContext());
    }

    /** Opens a Gogo session, waiting up to {@code seconds} for the command processor. */
    GogoSession session(InputStream in, PrintStream out, PrintStream err, int seconds) throws Exception {
        BundleContext context = framework.getBundleContext();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            ServiceReference<?> ref = context.getServiceReference(PROCESSOR);
            if (ref != null) {
                Object processor = context.getService(ref);
                Bundle owner = ref.getBundle();
                return GogoSession.open(processor, owner::loadClass, in, out, err);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Gogo command processor did not start within " + seconds
                        + " s; is org.apache.felix.gogo.runtime in the image?");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        if (running()) {
            framework.stop();
        }
        FrameworkEvent stopped = framework.waitForStop(30_000);
        if (stopped.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            err.println("warning: the framework did not stop within 30 s");
        }
    }
}
