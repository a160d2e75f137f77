package machlab.ssh;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One SSH channel as a Gogo session of the running lab: {@code ssh -p PORT localhost} gets a {@code g!}
 * prompt, {@code ssh -p PORT localhost 'lab:version'} runs one command line. The exit status is 0 when the
 * (last) command succeeded and 1 when it failed, as in the launcher's script mode.
 */
final class GogoChannel implements Command {

    private static final String PROMPT = "g! ";
    private static final String CONTINUATION = "> ";

    private final CommandProcessor processor;
    private final String command;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread thread;
    private volatile CommandSession session;

    /** @param command the command line of an exec request, or null for an interactive shell */
    GogoChannel(CommandProcessor processor, String command) {
        this.processor = processor;
        this.command = command;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        boolean terminal = !env.getPtyModes().isEmpty() || env.getEnv().containsKey(Environment.ENV_TERM);
        OutputStream o = terminal ? new CrLfOutput(out) : out;
        OutputStream e = terminal ? new CrLfOutput(err) : err;
        thread = new Thread(() -> exit.onExit(run(terminal, o, e)), "machlab-ssh " + channel.getSession().getUsername());
        thread.setDaemon(true);
        thread.start();
    }

    private int run(boolean terminal, OutputStream rawOut, OutputStream rawErr) {
        PrintStream o = new PrintStream(rawOut, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(rawErr, true, StandardCharsets.UTF_8);
        try (CommandSession s = processor.createSession(in, o, e)) {
            session = s;
            if (command != null) {
                return runOne(s, command, o, e) == Outcome.OK ? 0 : 1;
            }
            o.println("Machlab lab over SSH: 'help' lists the commands, 'exit' or Ctrl-D leaves.");
            return repl(s, new TerminalLine(in, terminal ? rawOut : null), o, e);
        } catch (IOException ex) {
            return 1; // the channel closed under us: nobody is left to tell
        }
    }

    private int repl(CommandSession s, TerminalLine lines, PrintStream o, PrintStream e) throws IOException {
        int status = 0;
        StringBuilder statement = new StringBuilder();
        while (true) {
            o.print(statement.length() == 0 ? PROMPT : CONTINUATION);
            o.flush();
            String line = lines.read();
            if (line == null) {
                o.println();
                return status;
            }
            if (statement.length() == 0) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.equals("exit") || trimmed.equals("quit")) {
                    return status;
                }
            } else {
                statement.append('\n');
            }
            statement.append(line);
            Outcome outcome = runOne(s, statement.toString(), o, e);
            if (outcome != Outcome.INCOMPLETE) {
                statement.setLength(0);
                status = outcome == Outcome.OK ? 0 : 1;
            }
        }
    }

    private enum Outcome { OK, FAILED, INCOMPLETE }

    private static Outcome runOne(CommandSession s, String statement, PrintStream o, PrintStream e) {
        try {
            Object result = s.execute(statement);
            if (result != null) {
                CharSequence text = s.format(result, Converter.INSPECT);
                if (text != null && text.length() > 0) {
                    o.println(text);
                }
            }
            o.flush();
            return Outcome.OK;
        } catch (EOFException ex) {
            // Gogo's parser: the input ends inside a brace or quote; the next line continues it
            if (ex.getCause() != null && ex.getCause().getClass().getSimpleName().equals("EOFError")) {
                return Outcome.INCOMPLETE;
            }
            e.println("error: " + oneLine(ex));
            return Outcome.FAILED;
        } catch (Exception ex) {
            e.println("error: " + oneLine(ex));
            return Outcome.FAILED;
        }
    }

    /** The first line of the innermost message that says something. */
    static String oneLine(Throwable t) {
        Throwable shown = t;
        while (shown.getCause() != null && (shown.getMessage() == null
                || shown.getMessage().equals(shown.getCause().toString()))) {
            shown = shown.getCause();
        }
        String m = shown.getMessage();
        return m == null || m.isBlank() ? shown.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }

    @Override
    public void destroy(ChannelSession channel) {
        CommandSession s = session;
        if (s != null) {
            s.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
