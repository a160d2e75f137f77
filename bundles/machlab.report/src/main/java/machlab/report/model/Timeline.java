package machlab.report.model;

import java.util.List;
import java.util.Objects;

/**
 * Lock holds and waits per thread over the steps of a schedule, or at the one instant a transcript shows.
 *
 * @param columns the number of columns: steps of the schedule, or 1 for an instant
 * @param instant whether this is the state at one instant (a transcript), not a history
 * @param caption what the columns are, in words
 * @param rows one per thread, in the state's order
 */
public record Timeline(int columns, boolean instant, String caption, List<Row> rows) {

    /** What a span shows. */
    public enum Kind {
        /** The thread holds a lock for read. */
        HOLD_READ,
        /** The thread holds a lock for write. */
        HOLD_WRITE,
        /** The thread sleeps on something that can hang (a lock, a page, a reply). */
        WAIT,
        /** The thread waits for work (a server's receive): idle, not stuck. */
        IDLE
    }

    /**
     * A thread's row.
     *
     * @param thread its ddb name ({@code $task21.4})
     * @param name what it is ({@code default_pager (mach-defpager)}); empty when unknown
     * @param spans its holds and waits
     */
    public record Row(String thread, String name, List<Span> spans) {
        public Row {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(name, "name");
            spans = List.copyOf(spans);
        }
    }

    /**
     * A hold or a wait over columns {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param kind hold or wait
     * @param target what is held or waited for ({@code $map21}, {@code page 0x…})
     * @param from first column
     * @param to column after the last
     * @param open whether it still lasts at the end
     * @param detail a sentence for the tooltip: when it started and ended, and how
     */
    public record Span(Kind kind, String target, int from, int to, boolean open, String detail) {
        public Span {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(detail, "detail");
            if (to < from) {
                throw new IllegalArgumentException("span " + from + ".." + to + " of " + target);
            }
        }
    }

    public Timeline {
        Objects.requireNonNull(caption, "caption");
        rows = List.copyOf(rows);
    }
}
