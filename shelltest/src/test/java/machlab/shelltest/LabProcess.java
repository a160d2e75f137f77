package machlab.shelltest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar machlab.jar} as a user would, in its own JVM, and captures what it printed. */
final class LabProcess {

    /** What a finished lab printed and how it exited. */
    record Result(int exitCode, String out, String err) {
    }

    private LabProcess() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("machlab.jar", "../runtime/target/machlab.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the runtime module first");
        }
        return jar;
    }

    /** A jar the build made, whose path the pom passes as system property {@code property}. */
    static Path built(String property) {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the shell tests from"
                    + " Maven (mvn verify -pl shelltest -am), which builds the example bundles first");
        }
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " (" + property + ") is missing: build the examples module first");
        }
        return jar.toAbsolutePath();
    }

    /** Runs the lab with {@code args}, feeding {@code stdin}, with its bundle cache under {@code home}. */
    static Result run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return run(home, List.of(), 120, stdin, args);
    }

    /**
     * As {@link #run(Path, String, String...)}, with options for the lab's JVM ({@code -Dname=value}) and a
     * time limit of {@code seconds} for the whole run.
     */
    static Result run(Path home, List<String> jvmOptions, int seconds, String stdin, String... args)
            throws IOException, InterruptedException {
        try (Running lab = start(home, jvmOptions, args)) {
            lab.process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            return lab.finish(seconds);
        }
    }

    /**
     * Starts the lab with {@code args}, its standard input left open: it runs until {@link Running#finish()}
     * closes it, as a lab a person keeps open.
     */
    static Running start(Path home, String... args) throws IOException {
        return start(home, List.of(), args);
    }

    /** As {@link #start(Path, String...)}, with options for the lab's JVM. */
    static Running start(Path home, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = command(home, jvmOptions, args);
        Files.createDirectories(home);
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Running(p, command, out, err);
    }

    /** {@code java [jvmOptions] -jar machlab.jar --home HOME [args]}, with this JVM's java. */
    static List<String> command(Path home, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A lab process still running. */
    record Running(Process process, List<String> command, Path out, Path err) implements AutoCloseable {

        /** Ends its input (as Ctrl-D would) and waits up to 120 s for it to exit. */
        Result finish() throws IOException, InterruptedException {
            return finish(120);
        }

        /** Ends its input and waits up to {@code seconds} for it to exit. */
        Result finish(int seconds) throws IOException, InterruptedException {
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the lab did not exit within " + seconds + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }

        /** What it printed on stderr so far. */
        String errSoFar() throws IOException {
            return Files.readString(err);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
