package machlab.locks.command;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.locks.graph.Cycle;
import machlab.locks.graph.Deadlock;
import machlab.locks.graph.Edge;
import machlab.locks.graph.Gap;
import machlab.locks.graph.Node;
import machlab.locks.graph.WaitForGraph;

/**
 * What {@code locks:graph} returns: the wait-for graph of one state, the vertices that can never
 * progress, each cycle in words and where the state stops the graph short; as text, or as Graphviz DOT
 * when asked ({@code --dot}).
 *
 * @param source the transcript or machine the state came from
 * @param graph the graph
 * @param asDot whether {@link #render()} prints DOT rather than text
 */
public record WaitForReport(String source, WaitForGraph graph, boolean asDot) {

    /** The vertices no schedule can free. */
    public Set<Node> stuck() {
        return Deadlock.stuck(graph);
    }

    /** The cycles among them. */
    public List<Cycle> cycles() {
        return Cycle.all(graph, stuck());
    }

    /** Text, or DOT. */
    public String render() {
        return asDot ? dot() : text();
    }

    /** The graph in words. */
    public String text() {
        Set<Node> stuck = stuck();
        List<Node> nodes = graph.nodes();
        List<Edge> edges = graph.edges();
        StringBuilder b = new StringBuilder("Wait-for graph of ").append(source).append(": ").append(count(nodes.size(),
                "vertex", "vertices")).append(", ").append(count(edges.size(), "edge", "edges")).append(", ")
                .append(stuck.isEmpty() ? "nothing stuck" : stuck.size() + " stuck").append('\n');
        b.append("\nVertices:\n");
        int width = nodes.stream().mapToInt(n -> n.name().length()).max().orElse(0);
        for (Node n : nodes) {
            b.append("  ").append(AnalysisReport.pad(n.name(), width)).append("  ")
                    .append(n.kind().name().toLowerCase()).append(n.kind().join() == Node.Join.ANY ? " (any of)" : "")
                    .append(stuck.contains(n) ? "  STUCK" : "").append('\n');
        }
        b.append("\nEdges (waits for):\n");
        if (edges.isEmpty()) {
            b.append("  none: no thread shown waits on anything the graph can follow\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(e.from().name()).append(" → ").append(e.to().name()).append(": ").append(e.words())
                    .append('\n');
        }
        List<Cycle> cycles = cycles();
        b.append('\n').append(cycles.isEmpty() ? "No cycle." : count(cycles.size(), "cycle", "cycles") + ":").append('\n');
        for (Cycle c : cycles) {
            b.append("  ").append(c.chain()).append('\n');
            c.story().lines().forEach(l -> b.append("    ").append(l).append('\n'));
        }
        List<Gap> gaps = graph.gaps();
        if (!gaps.isEmpty()) {
            b.append("\nWhere the state stops the graph:\n");
            for (Gap g : gaps) {
                b.append("  ").append(g.subject()).append(": not shown: ").append(g.missing()).append('\n')
                        .append("    ask: ").append(String.join("; ", g.commands())).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /**
     * Graphviz DOT ({@code dot -Tsvg}): threads as boxes, ports as diamonds (any of their threads frees
     * them), stuck vertices red, cycle edges bold red, each edge's sentence as its tooltip.
     */
    public String dot() {
        Set<Node> stuck = stuck();
        Set<Edge> onCycle = cycles().stream().flatMap(c -> c.edges().stream()).collect(Collectors.toSet());
        StringBuilder b = new StringBuilder("digraph \"wait-for\" {\n");
        b.append("  label=").append(quote("wait-for graph of " + source)).append(";\n");
        b.append("  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
        for (Node n : graph.nodes()) {
            b.append("  ").append(quote(n.id())).append(" [label=").append(quote(n.name())).append(", shape=")
                    .append(shape(n.kind())).append(stuck.contains(n) ? ", color=red, fontcolor=red" : "")
                    .append("];\n");
        }
        for (Edge e : graph.edges()) {
            b.append("  ").append(quote(e.from().id())).append(" -> ").append(quote(e.to().id()))
                    .append(" [tooltip=").append(quote(e.words()))
                    .append(onCycle.contains(e) ? ", color=red, penwidth=2" : "").append("];\n");
        }
        List<Gap> gaps = graph.gaps();
        for (int i = 0; i < gaps.size(); i++) {
            Gap g = gaps.get(i);
            String id = "gap:" + i;
            b.append("  ").append(quote(id)).append(" [label=").append(quote("not shown: " + g.missing()))
                    .append(", shape=note, style=dashed];\n");
            b.append("  ").append(quote(g.at().id())).append(" -> ").append(quote(id)).append(" [style=dashed];\n");
        }
        return b.append("}").toString();
    }

    private static String shape(Node.Kind k) {
        return switch (k) {
            case THREAD -> "box";
            case MAP -> "ellipse";
            case PAGE -> "note";
            case PORT -> "diamond";
            case OUTSIDE -> "plaintext";
        };
    }

    /** A DOT string: quotes and backslashes escaped. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public String toString() {
        return render();
    }
}
