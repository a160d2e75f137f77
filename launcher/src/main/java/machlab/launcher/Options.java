package machlab.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@code java -jar machlab.jar}.
 *
 * @param mode what to run
 * @param command the command of {@code -c}, or the script path of a script run
 * @param home where the lab keeps its bundle cache ({@code --home}, else {@code $MACHLAB_HOME}, else
 *        {@code ~/.machlab})
 * @param fresh whether to throw the bundle cache away first ({@code --fresh})
 * @param sshPort the port of the remote shell on 127.0.0.1 ({@code --ssh PORT}), or 0 when not given (then
 *        {@code ssh.properties} in the home decides)
 */
record Options(Mode mode, String command, Path home, boolean fresh, int sshPort) {

    enum Mode { INTERACTIVE, COMMAND, SCRIPT, HELP }

    static final String USAGE = """
            usage: java -jar machlab.jar [options] [-c COMMAND | SCRIPT]

              (no argument)   open the lab's Gogo shell; type 'help' there
              -c COMMAND      run one Gogo command line, print its result, exit
              SCRIPT          run a Gogo script file, exit
              --home DIR      keep the bundle cache in DIR (default $MACHLAB_HOME or ~/.machlab)
              --fresh         discard the bundle cache (and bundles installed by hand) first
              --ssh PORT      also serve the shell over SSH on 127.0.0.1:PORT (key or password
                              login, see ssh:status and docs/shell.md)
              -h, --help      show this text

            Exit status: 0 when every command succeeded, 1 when one failed, 2 for a bad command line.""";

    /** Thrown for a command line that cannot be run; its message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, Optional<String> envHome) throws UsageException {
        Mode mode = Mode.INTERACTIVE;
        String command = null;
        Path home = envHome.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".machlab"));
        boolean fresh = false;
        int sshPort = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> mode = Mode.HELP;
                case "--fresh" -> fresh = true;
                case "--home" -> home = Path.of(value(args, ++i, a));
                case "--ssh" -> sshPort = port(value(args, ++i, a), a);
                case "-c" -> {
                    requireNoTarget(mode, command, a);
                    mode = Mode.COMMAND;
                    command = value(args, ++i, a);
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    requireNoTarget(mode, command, a);
                    mode = Mode.SCRIPT;
                    command = a;
                }
            }
        }
        return new Options(mode, command, home, fresh, sshPort);
    }

    private static int port(String value, String option) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " " + value + ": not a port number (1-65535)");
    }

    private static void requireNoTarget(Mode mode, String command, String arg) throws UsageException {
        if (command != null) {
            throw new UsageException("'" + arg + "': give either -c COMMAND or one SCRIPT, not both");
        }
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
