package machlab.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one line from an SSH channel. With a terminal (a pty was asked for) the server does what a tty
 * would: echo, backspace, Ctrl-C drops the line, Ctrl-D on an empty line ends the input, and Enter (CR)
 * moves to a new line. Without one, lines end at LF. It never reads ahead, so a command reading the same
 * stream (a {@code db>} prompt) gets what follows.
 */
final class TerminalLine {

    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;
    private static final int BACKSPACE = 8;
    private static final int DELETE = 127;

    private final InputStream in;
    private final OutputStream echo;
    private boolean lastWasCr;

    /** @param echo where typed characters are echoed, or null when the client has no terminal */
    TerminalLine(InputStream in, OutputStream echo) {
        this.in = in;
        this.echo = echo;
    }

    /** The next line without its terminator, or null at the end of the input. */
    String read() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            boolean skipLf = lastWasCr;
            lastWasCr = b == '\r';
            if (b == '\n' && skipLf) {
                continue; // the LF of a CR LF pair: the CR ended the line
            }
            if (b == '\r' || b == '\n') {
                echo("\r\n");
                return line.toString(StandardCharsets.UTF_8);
            }
            if (echo == null) {
                line.write(b);
                continue;
            }
            switch (b) {
                case CTRL_C -> {
                    echo("^C\r\n");
                    return "";
                }
                case CTRL_D -> {
                    if (line.size() == 0) {
                        return null;
                    }
                }
                case BACKSPACE, DELETE -> {
                    if (line.size() > 0) {
                        line = dropLastCharacter(line);
                        echo("\b \b");
                    }
                }
                default -> {
                    if (b >= ' ' || b == '\t') {
                        line.write(b);
                        echo.write(b);
                        echo.flush();
                    }
                }
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** Removes the last UTF-8 encoded character: its continuation bytes (10xxxxxx) and its lead byte. */
    private static ByteArrayOutputStream dropLastCharacter(ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        int end = bytes.length - 1;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        ByteArrayOutputStream shorter = new ByteArrayOutputStream();
        shorter.write(bytes, 0, end);
        return shorter;
    }

    private void echo(String s) throws IOException {
        if (echo != null) {
            echo.write(s.getBytes(StandardCharsets.UTF_8));
            echo.flush();
        }
    }
}
