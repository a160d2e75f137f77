package machlab.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import machlab.explore.checkpoint.CheckpointPolicy;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Sessions in the running platform: Gogo calls the session bundle's listener for every command, the open
 * session offers the explorer a CheckpointPolicy, and a reopen boots the lab's machine again.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class SessionIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 5000)
    CommandProcessor processor;

    private CommandSession session;
    private Path dir;

    @BeforeEach
    void open() throws Exception {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        dir = Files.createTempDirectory("machlab-sessions");
    }

    @AfterEach
    void close() throws Exception {
        session.execute("session:close");
        session.close();
    }

    private String run(String line) throws Exception {
        Object r = session.execute(line);
        return r == null ? "" : session.format(r, Converter.INSPECT).toString();
    }

    @Test
    void aSessionJournalsCommandsOffersCheckpointsAndReopensTheMachineAndFindings() throws Exception {
        Path mail = LocksIT.SEED_MAIL.toAbsolutePath().normalize();
        assertThat(context.getServiceReference(CheckpointPolicy.class)).as("no session open, no policy").isNull();

        run("session:new --dir '" + dir + "' it");
        run("lab:boot defpager-wire-deadlock");
        assertThat(run("lab:run --tries 30")).contains("DEADLOCK");
        run("locks:analyze '" + mail + "'");

        CheckpointPolicy policy = context.getService(context.getServiceReference(CheckpointPolicy.class));
        Path runDir = policy.directory("defpager-wire-deadlock exhaustive").orElseThrow();
        assertThat(runDir.getParent()).isEqualTo(dir.resolve("it/explore"));
        assertThat(runDir.getFileName().toString()).endsWith("-defpager-wire-deadlock_exhaustive");
        assertThat(policy.interval()).hasSeconds(30);

        assertThat(run("session:close")).startsWith("session it closed (3 commands");
        assertThat(context.getServiceReference(CheckpointPolicy.class)).as("closed, the policy is gone").isNull();

        run("lab:boot defpager-ample-memory");
        String reopened = run("session:open --dir '" + dir + "' it");

        assertThat(reopened).contains("journal: 3 commands").contains("ok     lab:run --tries 30")
                .contains("explorer run defpager-wire-deadlock exhaustive checkpoints in explore/")
                .containsPattern("lab: booted defpager-wire-deadlock and replayed its \\d+ steps: replayed \\d+ steps:"
                        + " DEADLOCK \\(recorded: DEADLOCK\\)")
                .contains("CRITICAL  $task21.4 sleeps holding $map21 for read  [machlab.locks.held-across-block]");
        assertThat(run("lab:threads")).contains("scenario defpager-wire-deadlock").contains("DEADLOCK");
    }

    /**
     * Stands in for machlab.explore's explore:resume (ranked above it), so that the test sees what the reopen
     * asks for; the real resume after a kill -9 is shelltest's ExploreKillShellTest.
     */
    public static class FakeResume {
        final List<String> resumed = new CopyOnWriteArrayList<>();

        @Descriptor("test double of explore:resume")
        public String resume(@Descriptor("resume in the background") @Parameter(names = "--background",
                absentValue = "false", presentValue = "true") boolean background, @Descriptor("run directory") String dir) {
            if (!background) {
                throw new IllegalArgumentException("the reopen must not wait for the search");
            }
            resumed.add(dir);
            return "resumed " + dir;
        }
    }

    @Test
    void anInterruptedExplorerRunIsResumedThroughGogoOnReopen() throws Exception {
        FakeResume fake = new FakeResume();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(CommandProcessor.COMMAND_SCOPE, "explore");
        props.put(CommandProcessor.COMMAND_FUNCTION, new String[] {"resume"});
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        ServiceRegistration<?> reg = context.registerService(Object.class, fake, props);
        try {
            run("session:new --dir '" + dir + "' ex");
            CheckpointPolicy policy = context.getService(context.getServiceReference(CheckpointPolicy.class));
            Path runDir = policy.directory("a search").orElseThrow();
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve("checkpoint.json"), "{}"); // what a killed search leaves: no verdict.json
            run("session:close");

            String reopened = run("session:open --dir '" + dir + "' ex");

            assertThat(fake.resumed).containsExactly(runDir.toString());
            assertThat(reopened).contains("explore:resume --background '" + runDir + "' -> resumed " + runDir);
        } finally {
            reg.unregister();
        }
    }
}
