package machlab.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code java -jar machlab.jar}: starts the lab and runs the shell interactively, one {@code -c} command
 * or a script file. The exit status says whether every command succeeded.
 */
public final class Main {

    /** The session variable that tells commands their console is a terminal (ProgressLine.TERMINAL_VARIABLE). */
    static final String TERMINAL_VARIABLE = "machlab.terminal";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the lab on the process's own streams. They are taken before the framework starts: Gogo's
     * ThreadIO then replaces System.in/out/err with per-thread streams, and a console read through those
     * from inside a command would read the command's own input, not the terminal.
     */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, Optional.ofNullable(System.getenv("MACHLAB_HOME")));
        } catch (Options.UsageException e) {
            err.println("machlab: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (options.mode() == Options.Mode.HELP) {
            out.println(Options.USAGE);
            return 0;
        }
        BufferedReader script = null;
        if (options.mode() == Options.Mode.SCRIPT) {
            try {
                script = Files.newBufferedReader(Path.of(options.command()), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("machlab: no such script file: " + options.command());
                return 2;
            } catch (IOException e) {
                err.println("machlab: cannot read script " + options.command() + ": " + Errors.oneLine(e));
                return 2;
            }
        }
        try (BundleImage image = BundleImage.open(ownJar());
                BundleCache cache = BundleCache.claim(options.home(), image.id(), options.fresh());
                Lab lab = Lab.start(image, cache, options, err)) {
            if (cache.temporary()) {
                err.println("note: another lab holds " + options.home().resolve("cache")
                        + "; this one uses a private cache and starts cold");
            }
            if (options.mode() == Options.Mode.INTERACTIVE && onTerminal()) {
                return onTerminal(lab, options, out, err);
            }
            try (GogoSession session = lab.session(stdin, out, err, 30)) {
                Repl repl = new Repl(session, out, err, lab::running, System.console() != null);
                return switch (options.mode()) {
                    case COMMAND -> repl.runCommand(options.command());
                    case SCRIPT -> repl.run(script, options.command(), false);
                    default -> {
                        out.println(Banner.text());
                        // no read-ahead: a command reading the console itself (lab:ddb) gets what follows
                        yield repl.run(new LineInput(stdin)::readLine, null, true);
                    }
                };
            }
        } catch (Exception e) {
            err.println("machlab: cannot start the lab: " + Errors.oneLine(e));
            return 1;
        } finally {
            if (script != null) {
                try {
                    script.close();
                } catch (IOException e) {
                    // read-only file: nothing was lost
                }
            }
        }
    }

    /**
     * Whether the console is a terminal a line editor can drive: stdin and stdout a tty, and a TERM that
     * is not {@code dumb} ({@code TERM=dumb ./machlab} is the way back to the plain reader).
     */
    private static boolean onTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isEmpty() && !term.equals("dumb");
    }

    /** The interactive shell with JLine's line editor and completion; commands read the console through it. */
    private static int onTerminal(Lab lab, Options options, PrintStream out, PrintStream err) throws Exception {
        try (TerminalLines lines = TerminalLines.open(lab.candidates(), options.home().resolve("history"));
                GogoSession session = lab.session(lines.input(), out, err, 30)) {
            // commands show progress in place on a terminal (machlab.explore.console.ProgressLine reads it)
            session.put(TERMINAL_VARIABLE, Boolean.TRUE);
            Repl repl = new Repl(session, out, err, lab::running, true);
            out.println(Banner.text());
            return repl.run(lines, null, true);
        }
    }

    private static Path ownJar() throws Exception {
        Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
            throw new IOException("the launcher runs from " + p + ", not from machlab.jar; build it with"
                    + " 'mvn -DskipTests install' and run 'java -jar runtime/target/machlab.jar'");
        }
        return p;
    }
}
