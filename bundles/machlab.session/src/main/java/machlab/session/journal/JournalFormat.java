package machlab.session.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * One journal line: {@code {"crc":"XXXXXXXX","record":{...}}} and a newline. The CRC32 covers the exact
 * bytes of the record object as written, so a reader checks it without re-serializing; the line is still
 * plain JSON for {@code jq} and friends.
 */
public final class JournalFormat {

    /** The {@code format} of the header record. */
    public static final String FORMAT = "machlab-session-journal";
    /** The version this code writes and reads; a newer one is refused, never rewritten. */
    public static final int VERSION = 1;

    private static final byte[] PREFIX = "{\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIDDLE = "\",\"record\":".getBytes(StandardCharsets.US_ASCII);
    /** Bytes before the record: prefix, 8 hex digits, middle. */
    static final int RECORD_START = PREFIX.length + 8 + MIDDLE.length;

    // readers ignore fields they do not know: a field added later does not need a new version
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    // built once: a reader and a writer for the record type, not a lookup per line
    private static final com.fasterxml.jackson.databind.ObjectReader READER = MAPPER.readerFor(Entry.class);
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = MAPPER.writerFor(Entry.class);

    private JournalFormat() {
    }

    /** The line for {@code entry}, newline included. */
    public static byte[] encode(Entry entry) {
        byte[] record;
        try {
            record = WRITER.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write journal record " + entry, e);
        }
        byte[] crc = String.format("%08x", crc(record, 0, record.length)).getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[RECORD_START + record.length + 2];
        int at = 0;
        at = put(line, at, PREFIX);
        at = put(line, at, crc);
        at = put(line, at, MIDDLE);
        at = put(line, at, record);
        line[at++] = '}';
        line[at] = '\n';
        return line;
    }

    /**
     * The record in {@code bytes[from, to)} (one line, without its newline).
     *
     * @throws BadLine saying what is wrong with it
     */
    public static Entry decode(byte[] bytes, int from, int to) throws BadLine {
        int len = to - from;
        if (len < RECORD_START + 3 || !Arrays.equals(bytes, from, from + PREFIX.length, PREFIX, 0, PREFIX.length)
                || !Arrays.equals(bytes, from + PREFIX.length + 8, from + RECORD_START, MIDDLE, 0, MIDDLE.length)
                || bytes[to - 1] != '}') {
            throw new BadLine("not a journal line ({\"crc\":...,\"record\":...})");
        }
        long stated;
        try {
            stated = Long.parseLong(new String(bytes, from + PREFIX.length, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            throw new BadLine("its crc is not 8 hex digits");
        }
        int recordFrom = from + RECORD_START;
        int recordTo = to - 1;
        long actual = crc(bytes, recordFrom, recordTo - recordFrom);
        if (actual != stated) {
            throw new BadLine(String.format("CRC32 mismatch (stored %08x, record has %08x)", stated, actual));
        }
        try {
            return READER.readValue(bytes, recordFrom, recordTo - recordFrom);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BadLine("its record does not read as JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadLine("its record does not read as JSON: " + e.getMessage());
        }
    }

    private static int put(byte[] into, int at, byte[] what) {
        System.arraycopy(what, 0, into, at, what.length);
        return at + what.length;
    }

    private static long crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return c.getValue();
    }

    /** A line that is not a good record, and why. */
    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String why) {
            super(why, null, false, false);
        }
    }
}
