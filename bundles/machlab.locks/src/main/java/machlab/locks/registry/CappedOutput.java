package machlab.locks.registry;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What one analyzer run prints to {@code System.out} and {@code System.err}, kept up to a limit. Gogo's
 * ThreadIO sends a thread's standard streams where it is told, so the run's thread prints here and not on
 * the user's terminal. The write that passes the limit throws {@link OutputCut} at the analyzer, and so
 * does every write after the run was given up: a printing loop stops at its next print.
 */
final class CappedOutput extends OutputStream {

    /** Thrown at an analyzer that prints too much. An Error, so that {@code catch (Exception e)} lets it through. */
    static final class OutputCut extends Error {
        private static final long serialVersionUID = 1L;

        OutputCut(String message) {
            super(message, null, false, false); // no stack: it is thrown often and only its message is read
        }
    }

    /** The input an analyzer gets: none (it must never read the user's console). */
    static final InputStream NO_INPUT = InputStream.nullInputStream();

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;
    private boolean abandoned;
    private final PrintStream printer = new PrintStream(this, true, StandardCharsets.UTF_8);

    CappedOutput(int limit) {
        this.limit = limit;
    }

    /** The stream to give the analyzer's thread as both its {@code System.out} and {@code System.err}. */
    PrintStream printer() {
        return printer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (abandoned) {
            throw new OutputCut("the run was given up; its output goes nowhere");
        }
        long room = limit - total;
        total += len;
        if (len > room) {
            kept.write(b, off, (int) Math.max(room, 0));
            throw new OutputCut("printed more than " + limit + " bytes");
        }
        kept.write(b, off, len);
    }

    /** Makes every later write throw: the run has timed out and nobody reads its output any more. */
    synchronized void abandon() {
        abandoned = true;
    }

    /** Whether the analyzer tried to print more than the limit. */
    synchronized boolean overflowed() {
        return total > limit;
    }

    /** What it printed, when it stayed within the limit; empty otherwise. */
    synchronized String text() {
        return overflowed() ? "" : kept.toString(StandardCharsets.UTF_8);
    }

    int limit() {
        return limit;
    }
}
