package machlab.launcher;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Reads Gogo input line by line, joins lines while a statement is incomplete (an open brace or quote),
 * runs each statement and prints its result. The same loop serves the interactive shell and script
 * files, so a script's error names the file and the line its statement starts on.
 */
final class Repl {

    private static final String PROMPT = "g! ";
    private static final String CONTINUATION = "> ";

    private final GogoSession session;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier running;

    private final boolean prompts;

    /**
     * @param prompts print prompts in interactive runs; off when input is piped, so logs stay clean
     */
    Repl(GogoSession session, PrintStream out, PrintStream err, BooleanSupplier running, boolean prompts) {
        this.session = session;
        this.prompts = prompts;
        this.out = out;
        this.err = err;
        this.running = running;
    }

    /**
     * Runs what {@code in} holds.
     *
     * @param source the input's name for error messages (a file name), or null for the console
     * @param interactive prompt for input and go on after a failure
     * @return for a script, 0 when every statement succeeded, else 1; for an interactive session, the
     *         status of the last statement
     */
    int run(BufferedReader in, String source, boolean interactive) throws IOException {
        return run(in::readLine, source, interactive);
    }

    /** Reads the next line, or null at the end. */
    @FunctionalInterface
    interface Lines {
        String next() throws IOException;
    }

    /** Reads the next line after showing {@code prompt} (null: none), or null at the end. */
    @FunctionalInterface
    interface PromptedLines {
        String next(String prompt) throws IOException;
    }

    /** As {@link #run(BufferedReader, String, boolean)}, reading from {@code in}; prompts go to the output. */
    int run(Lines in, String source, boolean interactive) throws IOException {
        return run(prompt -> {
            if (prompt != null) {
                out.print(prompt);
                out.flush();
            }
            return in.next();
        }, source, interactive);
    }

    /** As {@link #run(BufferedReader, String, boolean)}, with a reader that shows the prompts itself (a line editor). */
    int run(PromptedLines in, String source, boolean interactive) throws IOException {
        int status = 0;
        StringBuilder statement = new StringBuilder();
        int lineNo = 0;
        int startLine = 0;
        while (running.getAsBoolean()) {
            String prompt = interactive && prompts ? (statement.length() == 0 ? PROMPT : CONTINUATION) : null;
            String line = in.next(prompt);
            if (line == null) {
                if (statement.length() > 0) {
                    err.println(where(source, startLine) + "error: the input ends inside an unfinished statement");
                    status = 1;
                }
                break;
            }
            lineNo++;
            if (statement.length() == 0) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (interactive && (trimmed.equals("exit") || trimmed.equals("quit"))) {
                    break;
                }
                startLine = lineNo;
            } else {
                statement.append('\n');
            }
            statement.append(line);
            Outcome outcome = runOne(statement.toString(), where(source, startLine));
            if (outcome == Outcome.INCOMPLETE) {
                continue;
            }
            statement.setLength(0);
            // like a POSIX shell: a script stops at its first failure; an interactive session goes on
            // and exits with the status of its last statement
            status = outcome == Outcome.FAILED ? 1 : 0;
            if (status != 0 && !interactive) {
                break;
            }
        }
        if (interactive && prompts) {
            out.println();
        }
        return status;
    }

    /** Runs one complete command line ({@code -c}). */
    int runCommand(String command) {
        Outcome outcome = runOne(command, "");
        if (outcome == Outcome.INCOMPLETE) {
            err.println("error: the command is unfinished (an open brace or quote): " + command);
            return 1;
        }
        return outcome == Outcome.OK ? 0 : 1;
    }

    private enum Outcome { OK, FAILED, INCOMPLETE }

    private Outcome runOne(String statement, String where) {
        Object result;
        try {
            result = session.execute(statement);
        } catch (Exception e) {
            if (incomplete(e)) {
                return Outcome.INCOMPLETE;
            }
            err.println(where + "error: " + Errors.oneLine(e));
            err.flush();
            return Outcome.FAILED;
        }
        if (result != null) {
            try {
                String text = session.format(result);
                if (!text.isEmpty()) {
                    out.println(text);
                }
            } catch (Exception e) {
                err.println(where + "error: cannot print the result: " + Errors.oneLine(e));
            }
        }
        out.flush();
        return Outcome.OK;
    }

    /**
     * Gogo's parser reports input that ends inside a brace or quote as its EOFError, mapped to an
     * {@link EOFException} "so interactive clients can provide more input" (Closure.setLocation).
     */
    private static boolean incomplete(Exception e) {
        return e instanceof EOFException && e.getCause() != null
                && e.getCause().getClass().getSimpleName().equals("EOFError");
    }

    private static String where(String source, int line) {
        return source == null ? "" : source + ":" + line + ": ";
    }
}
