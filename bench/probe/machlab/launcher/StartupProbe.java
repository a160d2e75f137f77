package machlab.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * A benchmark probe, never shipped: the {@code -c COMMAND} path of {@link Main} and {@link Lab#start},
 * copied with timestamps. It lives in the launcher's package so it can use the launcher's own classes,
 * and runs with a jar of it before machlab.jar on the class path (a jar, not a folder: CDS refuses folders):
 * {@code java -Dprobe.t0=$(date +%s%N) -cp probe.jar:machlab.jar machlab.launcher.StartupProbe HOME COMMAND}
 * (bench/startup.sh builds probe.jar in its temporary folder).
 * Every mark is printed to stderr as milliseconds since probe.t0 (the moment before the JVM was exec'd).
 */
public final class StartupProbe {

    private static long t0;
    private static final List<String> marks = new ArrayList<>();

    private static synchronized void mark(String what) {
        Instant now = Instant.now();
        long ns = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        marks.add(String.format("%8.1f ms  %s", (ns - t0) / 1e6, what));
    }

    public static void main(String[] args) throws Exception {
        t0 = Long.parseLong(System.getProperty("probe.t0"));
        mark("main() entered (JVM started, launcher class loaded)");
        Path home = Path.of(args[0]);
        String command = args[1];
        PrintStream out = System.out;
        PrintStream err = System.err;
        int rc;
        try (BundleImage image = BundleImage.open(Path.of(Main.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()));
                BundleCache cache = BundleCache.claim(home, image.id(), false)) {
            mark("image opened, cache claimed (" + (cache.warm() ? "warm" : "cold") + ")");
            Map<String, String> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, cache.dir().toString());
            config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "10");
            config.put("felix.startlevel.bundle", "1");
            config.put("felix.log.level", "1");
            config.put("gosh.args", "--nointeractive --quiet");
            Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                    .newFramework(config);
            mark("Felix framework object created");
            framework.init();
            mark("framework.init() (bundle cache read" + (cache.warm() ? ", bundles revived" : "") + ")");
            BundleContext ctx = framework.getBundleContext();
            ctx.addBundleListener((SynchronousBundleListener) e -> {
                if (e.getType() == BundleEvent.STARTED) {
                    mark("  bundle started: " + e.getBundle().getSymbolicName());
                } else if (e.getType() == BundleEvent.RESOLVED) {
                    mark("  bundle resolved: " + e.getBundle().getSymbolicName());
                }
            });
            ctx.addServiceListener(e -> {
                if (e.getType() == ServiceEvent.REGISTERED) {
                    Object scope = e.getServiceReference().getProperty("osgi.command.scope");
                    Object cls = e.getServiceReference().getProperty(Constants.OBJECTCLASS);
                    String name = ((String[]) cls)[0];
                    if (scope != null || name.contains("CommandProcessor")) {
                        mark("  service: " + name + (scope != null ? " (commands " + scope + ":)" : ""));
                    }
                }
            });
            if (!cache.warm()) {
                for (String name : image.names()) {
                    Bundle b;
                    try (InputStream in = image.open(name)) {
                        b = ctx.installBundle("machlab:" + name, in);
                    }
                    if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                        continue;
                    }
                    b.adapt(BundleStartLevel.class).setStartLevel(
                            "org.apache.felix.gogo.shell".equals(b.getSymbolicName()) ? 3 : 2);
                    b.start();
                }
                mark("bundles installed (cold cache)");
            }
            CountDownLatch started = new CountDownLatch(1);
            ctx.addFrameworkListener(e -> {
                if (e.getType() == FrameworkEvent.STARTED) {
                    started.countDown();
                }
            });
            framework.start();
            mark("framework.start() returned");
            started.await(60, TimeUnit.SECONDS);
            mark("FrameworkEvent.STARTED (all start levels done)");
            if (!cache.warm()) {
                cache.markComplete();
            }
            Object ref;
            while ((ref = ctx.getServiceReference("org.apache.felix.service.command.CommandProcessor")) == null) {
                Thread.sleep(1);
            }
            org.osgi.framework.ServiceReference<?> r = (org.osgi.framework.ServiceReference<?>) ref;
            try (GogoSession session = GogoSession.open(ctx.getService(r), r.getBundle()::loadClass, System.in,
                    out, err)) {
                mark("Gogo session open");
                Repl repl = new Repl(session, out, err, () -> true, false);
                rc = repl.runCommand(command);
                mark("first command's output printed (rc " + rc + ")");
            }
            framework.stop();
            framework.waitForStop(30_000);
            mark("framework stopped");
        }
        for (String m : marks) {
            err.println(m);
        }
        System.exit(rc);
    }
}
