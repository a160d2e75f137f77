package machlab.ddb.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a transcript, read for dialect detection, and a reader that yields the whole text
 * again (those lines, then the rest of the stream), so detection needs no second pass over the input.
 */
public final class Head {

    private final List<String> lines;
    private final Reader whole;

    private Head(List<String> lines, Reader whole) {
        this.lines = lines;
        this.whole = whole;
    }

    /**
     * Reads up to {@code max} lines of {@code in}.
     *
     * @throws IOException when reading fails
     */
    public static Head read(Reader in, int max) throws IOException {
        BufferedReader b = in instanceof BufferedReader br ? br : new BufferedReader(in);
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String line;
        while (lines.size() < max && (line = b.readLine()) != null) {
            lines.add(line);
            text.append(line).append('\n');
        }
        return new Head(List.copyOf(lines), new ConcatReader(new StringReader(text.toString()), b));
    }

    /** The first lines, as read (quoting not removed). */
    public List<String> lines() {
        return lines;
    }

    /** The whole text from its first line. */
    public Reader whole() {
        return whole;
    }

    /** Two readers, one after the other. */
    private static final class ConcatReader extends Reader {
        private final Reader first;
        private final Reader second;
        private boolean firstDone;

        ConcatReader(Reader first, Reader second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (!firstDone) {
                int n = first.read(buf, off, len);
                if (n >= 0) {
                    return n;
                }
                firstDone = true;
            }
            return second.read(buf, off, len);
        }

        @Override
        public void close() throws IOException {
            first.close();
            second.close();
        }
    }
}
