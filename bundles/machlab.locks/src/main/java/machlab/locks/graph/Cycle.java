package machlab.locks.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.state.Provenance;

/**
 * A cycle of the wait-for graph among stuck vertices, as the edges that close it, told in words.
 *
 * @param edges the edges in order; the last one ends where the first begins
 */
public record Cycle(List<Edge> edges) {

    public Cycle {
        edges = List.copyOf(edges);
    }

    /**
     * The cycle through {@code start} within {@code stuck}, if there is one. At a vertex with several
     * stuck successors (a port) it tries the ones not yet on the path first: the longer cycle names every
     * party that keeps the port from being served, the short one only the starting thread.
     */
    public static Optional<Cycle> through(WaitForGraph g, Set<Node> stuck, Node start) {
        List<Edge> path = new ArrayList<>();
        return search(g, stuck, start, start, path, new HashSet<>()) ? Optional.of(new Cycle(path)) : Optional.empty();
    }

    /**
     * Every cycle among {@code stuck}, each through the first stuck thread (in the graph's order) that no
     * cycle found before it passes through.
     */
    public static List<Cycle> all(WaitForGraph g, Set<Node> stuck) {
        List<Cycle> out = new ArrayList<>();
        Set<Node> told = new HashSet<>();
        for (Node n : stuck) {
            if (n.kind() != Node.Kind.THREAD || told.contains(n)) {
                continue;
            }
            Optional<Cycle> c = through(g, stuck, n);
            if (c.isPresent()) {
                told.addAll(c.get().nodes());
                out.add(c.get());
            }
        }
        return out;
    }

    private static boolean search(WaitForGraph g, Set<Node> stuck, Node start, Node at, List<Edge> path,
            Set<Node> onPath) {
        onPath.add(at);
        List<Edge> choices = g.out(at).stream().filter(e -> stuck.contains(e.to()))
                .sorted((a, b) -> Boolean.compare(a.to().equals(start), b.to().equals(start))).toList();
        for (Edge e : choices) {
            if (e.to().equals(start)) {
                path.add(e);
                return true;
            }
            if (!onPath.contains(e.to())) {
                path.add(e);
                if (search(g, stuck, start, e.to(), path, onPath)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        onPath.remove(at);
        return false;
    }

    /** The vertices in order, starting where the cycle starts. */
    public List<Node> nodes() {
        return edges.stream().map(Edge::from).toList();
    }

    /** {@code $task21.4 → page 0x… → port 0x… → $task21.5 → $map21 → $task21.4}. */
    public String chain() {
        return nodes().stream().map(Node::name).collect(Collectors.joining(" → ")) + " → "
                + edges.get(0).from().name();
    }

    /** One numbered sentence per edge. */
    public String story() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            b.append(i + 1).append(". ").append(e.words());
            if (e.from().kind().join() == Node.Join.ANY) {
                // an OR vertex is stuck only when every way out is: say so, it is what closes the cycle
                b.append(", and every one of them is stuck: the chain goes on through ").append(e.to().name());
            }
            b.append(".\n");
        }
        b.append("So ").append(edges.get(0).from().name()).append(" waits, through this chain, for itself.");
        return b.toString();
    }

    /** The provenance of every fact the cycle rests on, each once. */
    public List<Provenance> evidence() {
        Set<Provenance> all = new LinkedHashSet<>();
        edges.forEach(e -> all.addAll(e.evidence()));
        return List.copyOf(all);
    }
}
