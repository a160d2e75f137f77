package machlab.report.model;

import java.util.List;
import java.util.Objects;

/**
 * The wait-for graph as the page draws it: vertices and edges with what the analysis says of them.
 *
 * @param vertices every vertex, in the graph's order
 * @param edges every edge: waits, holds, and the message queues of ports
 * @param cycles each cycle told in words, with the chain of its vertex ids
 * @param gaps where the state stops the graph short, with the ddb commands that would go on
 */
public record GraphView(List<Vertex> vertices, List<Arc> edges, List<CycleStory> cycles, List<GapNote> gaps) {

    /** What a vertex stands for; the page styles each differently. */
    public enum Shape {
        THREAD, MAP, PAGE, PORT, QUEUE, OUTSIDE, GAP
    }

    /**
     * A vertex.
     *
     * @param id unique in the graph ({@code thread:$task21.4})
     * @param shape what it is
     * @param label its name ({@code $task21.4}, {@code $map21}, {@code page 0x…})
     * @param note a second line: the thread's name, a queue's messages; empty when none
     * @param inCycle whether it lies on a cycle
     * @param stuck whether it can never progress
     */
    public record Vertex(String id, Shape shape, String label, String note, boolean inCycle, boolean stuck) {
        public Vertex {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * An edge {@code from → to}.
     *
     * @param from the id of the waiting (or holding, or queueing) vertex
     * @param to the id of what it waits for
     * @param label a word or two drawn on the edge ({@code held by}, {@code sleeps on})
     * @param words the sentence the analysis gives for it
     * @param inCycle whether it closes a cycle
     */
    public record Arc(String from, String to, String label, String words, boolean inCycle) {
        public Arc {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(words, "words");
        }
    }

    /**
     * A cycle.
     *
     * @param chain {@code $task21.4 → page 0x… → … → $task21.4}
     * @param story one numbered sentence per edge and the conclusion
     * @param vertexIds the ids of its vertices, in order
     */
    public record CycleStory(String chain, String story, List<String> vertexIds) {
        public CycleStory {
            vertexIds = List.copyOf(vertexIds);
        }
    }

    /**
     * Where the graph stops: {@code at} would go on if the state showed {@code missing}.
     *
     * @param vertexId the id of the gap's own vertex (a {@link Shape#GAP})
     * @param at the label of the vertex the chain stops at
     * @param missing what is not shown
     * @param commands the ddb commands that would show it
     */
    public record GapNote(String vertexId, String at, String missing, List<String> commands) {
        public GapNote {
            commands = List.copyOf(commands);
        }
    }

    public GraphView {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        cycles = List.copyOf(cycles);
        gaps = List.copyOf(gaps);
    }
}
