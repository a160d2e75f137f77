package machlab.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from the console without reading ahead: a command that reads the same stream itself
 * (a {@code db>} prompt) then gets the lines that follow, not a buffer's leftovers.
 */
final class LineInput {

    private final InputStream in;

    LineInput(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of input. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return decode(line);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : decode(line);
    }

    private static String decode(ByteArrayOutputStream line) {
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
