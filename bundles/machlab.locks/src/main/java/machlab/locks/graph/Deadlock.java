package machlab.locks.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The vertices of a wait-for graph that can never progress, whatever the schedule: the greatest set
 * {@code S} in which every AND vertex waits for something in {@code S} and every OR vertex (a port) waits
 * only for things in {@code S}. A vertex with no edge (a running thread, an idle receiver, something
 * outside the model) is taken to progress, so a gap in the evidence never makes a deadlock up.
 */
public final class Deadlock {

    private Deadlock() {
    }

    /** The stuck vertices, in the graph's order. */
    public static Set<Node> stuck(WaitForGraph g) {
        Set<Node> s = new LinkedHashSet<>();
        for (Node n : g.nodes()) {
            if (!g.out(n).isEmpty() && n.kind() != Node.Kind.OUTSIDE) {
                s.add(n);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node n : new ArrayList<>(s)) {
                List<Edge> out = g.out(n);
                boolean keep = n.kind().join() == Node.Join.ALL
                        ? out.stream().anyMatch(e -> s.contains(e.to()))
                        : out.stream().allMatch(e -> s.contains(e.to()));
                if (!keep) {
                    s.remove(n);
                    changed = true;
                }
            }
        }
        return s;
    }
}
