package machlab.locks.order;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import machlab.api.analysis.LockEvent;
import machlab.api.analysis.LockTrace;

/**
 * A lock-event trace in a text file, one event a line, read again at every replay so that a trace larger
 * than memory can be analysed:
 *
 * <pre>
 * # step thread lock op [frame ...]   (frames innermost first)
 * 12 0xffffffffdf9c76c0 0xffffffffdf9a2000 acquire_write lock_write vm_map_lock vm_map_copyout
 * </pre>
 *
 * {@code op} is one of {@code acquire_read acquire_write release downgrade upgrade block} (any case);
 * addresses are hexadecimal, with or without {@code 0x}; {@code #} starts a comment line. A line that
 * does not read stops the replay with an error naming the file and the line.
 */
public final class TraceFile implements LockTrace {

    private final Path file;
    private long size = -1;

    private TraceFile(Path file) {
        this.file = file;
    }

    /**
     * The trace in {@code file}.
     *
     * @throws IllegalArgumentException when there is no such file
     */
    public static TraceFile of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such trace file: " + file.toAbsolutePath());
        }
        return new TraceFile(file);
    }

    /** Writes {@code trace} to {@code file} in this format; returns the number of events written. */
    public static long write(LockTrace trace, Path file) throws IOException {
        long[] n = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# machlab lock trace: step thread lock op [frame ...], frames innermost first\n");
            trace.replay(e -> {
                try {
                    out.write(line(e));
                    out.write('\n');
                    n[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    static String line(LockEvent e) {
        StringBuilder b = new StringBuilder().append(e.step()).append(" 0x").append(Long.toHexString(e.thread()))
                .append(" 0x").append(Long.toHexString(e.lock())).append(' ')
                .append(e.op().name().toLowerCase(Locale.ROOT));
        e.stack().forEach(f -> b.append(' ').append(f));
        return b.toString();
    }

    @Override
    public long size() {
        if (size < 0) {
            long[] n = {0};
            replay(e -> n[0]++);
            size = n[0];
        }
        return size;
    }

    @Override
    public void replay(Consumer<? super LockEvent> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    sink.accept(parse(t, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace file " + file, e);
        }
    }

    private LockEvent parse(String t, int number) {
        String[] w = t.split("\\s+");
        if (w.length < 4) {
            throw bad(number, "expected 'step thread lock op [frame ...]', found " + w.length + " words");
        }
        long step;
        try {
            step = Long.parseLong(w[0]);
        } catch (NumberFormatException e) {
            throw bad(number, "step '" + w[0] + "' is not a decimal number");
        }
        long thread = hex(w[1], "thread", number);
        long lock = hex(w[2], "lock", number);
        LockEvent.Op op;
        try {
            op = LockEvent.Op.valueOf(w[3].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(number, "unknown op '" + w[3] + "' (known: acquire_read, acquire_write, release, downgrade,"
                    + " upgrade, block)");
        }
        List<String> stack = new ArrayList<>(w.length - 4);
        for (int i = 4; i < w.length; i++) {
            stack.add(w[i]);
        }
        return new LockEvent(step, thread, lock, op, stack);
    }

    private long hex(String word, String what, int number) {
        String digits = word.startsWith("0x") || word.startsWith("0X") ? word.substring(2) : word;
        try {
            return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            throw bad(number, what + " '" + word + "' is not a hexadecimal address");
        }
    }

    private IllegalArgumentException bad(int number, String what) {
        return new IllegalArgumentException(file.getFileName() + ":" + number + ": " + what);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
