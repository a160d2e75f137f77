package machlab.locks.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who waits for whom in one kernel state. Vertices are threads, map locks, busy pages and pager ports;
 * an edge {@code a → b} says that {@code a} cannot go on before {@code b} does. Vertices keep the order
 * they were added in (tasks, then threads, as ddb lists them), so every walk is deterministic.
 * {@link #gaps()} lists where the state stopped the graph short.
 */
public final class WaitForGraph {

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, List<Edge>> out = new LinkedHashMap<>();
    private final List<Gap> gaps = new ArrayList<>();

    /** Adds {@code n} unless a vertex with its id is there; returns the vertex in the graph. */
    Node add(Node n) {
        Node known = nodes.putIfAbsent(n.id(), n);
        return known == null ? n : known;
    }

    void add(Edge e) {
        add(e.from());
        add(e.to());
        out.computeIfAbsent(e.from().id(), k -> new ArrayList<>()).add(e);
    }

    void add(Gap g) {
        gaps.add(g);
    }

    /** The vertices, in the order they were added. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The edges leaving {@code n}. */
    public List<Edge> out(Node n) {
        return Collections.unmodifiableList(out.getOrDefault(n.id(), List.of()));
    }

    /** Every edge. */
    public List<Edge> edges() {
        return out.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Whether {@code from} is linked, following edges either way, to a vertex of kind {@code kind}: a gap
     * linked to no lock is an idle thread's, not a hang's.
     */
    public boolean linkedTo(Node from, Node.Kind kind) {
        java.util.Set<Node> seen = new java.util.HashSet<>(List.of(from));
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(from));
        List<Edge> all = edges();
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (n.kind() == kind) {
                return true;
            }
            for (Edge e : all) {
                Node next = e.from().equals(n) ? e.to() : e.to().equals(n) ? e.from() : null;
                if (next != null && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return false;
    }

    /** Where the state does not show the next fact. */
    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }
}
