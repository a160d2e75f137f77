package machlab.ddb.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a transcript one line at a time, numbering lines from 1 and removing mail quoting and console
 * junk. Holds one line in memory, never the whole text.
 */
public final class LineSource {

    private final BufferedReader in;
    private int number;

    public LineSource(Reader in) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    /**
     * The next line, or {@code null} at the end.
     *
     * @throws IOException when reading fails
     */
    public SourceLine next() throws IOException {
        String raw = in.readLine();
        if (raw == null) {
            return null;
        }
        number++;
        MailQuoting.Unquoted u = MailQuoting.strip(ConsoleJunk.clean(raw));
        return new SourceLine(number, u.text(), u.depth());
    }

    /** How many lines were read so far. */
    public int lines() {
        return number;
    }
}
