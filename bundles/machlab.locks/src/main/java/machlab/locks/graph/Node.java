package machlab.locks.graph;

import java.util.Objects;

/**
 * A vertex of the wait-for graph.
 *
 * @param kind what it is
 * @param id a key unique in its graph ({@code thread:$task21.4}, {@code map:$map21}, {@code page:0x…})
 * @param name how findings call it ({@code $task21.4}, {@code $map21}, {@code page 0x…})
 */
public record Node(Kind kind, String id, String name) {

    /** The kinds of vertex, with how they wait on their successors. */
    public enum Kind {
        /** A thread: waits on the one thing its wait event names. */
        THREAD(Join.ALL),
        /** A map lock: free once every holder lets go. */
        MAP(Join.ALL),
        /** A busy page: free once whoever owns the busy bit finishes. */
        PAGE(Join.ALL),
        /** A port: its requests get served as soon as any thread of the receiving task receives. */
        PORT(Join.ANY),
        /** Something outside the model (an object event, a pageout): assumed able to progress. */
        OUTSIDE(Join.ALL);

        private final Join join;

        Kind(Join join) {
            this.join = join;
        }

        public Join join() {
            return join;
        }
    }

    /** Whether a vertex needs all its successors to progress (AND) or any one of them (OR). */
    public enum Join {
        ALL, ANY
    }

    public Node {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
