package machlab.report.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import machlab.api.state.IpcMessage;
import machlab.api.state.IpcPort;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.locks.graph.Cycle;
import machlab.locks.graph.Deadlock;
import machlab.locks.graph.Edge;
import machlab.locks.graph.Gap;
import machlab.locks.graph.Node;
import machlab.locks.graph.WaitForGraph;
import machlab.locks.graph.WaitForGraphBuilder;
import machlab.report.model.GraphView;
import machlab.report.model.GraphView.Arc;
import machlab.report.model.GraphView.CycleStory;
import machlab.report.model.GraphView.GapNote;
import machlab.report.model.GraphView.Shape;
import machlab.report.model.GraphView.Vertex;

/**
 * The wait-for graph of a state as the page draws it. The graph, its stuck vertices and its cycles are
 * the lock analyzers' own ({@code machlab.locks.graph}), so the picture shows what the findings reason on;
 * this class only adds what a picture needs: a second line per vertex, each pager port's message queue as
 * a vertex of its own, and each gap as a vertex.
 */
public final class GraphViews {

    private GraphViews() {
    }

    /** The graph of {@code state}. */
    public static GraphView of(KernelState state) {
        WaitForGraph g = WaitForGraphBuilder.build(state);
        Set<Node> stuck = Deadlock.stuck(g);
        List<Cycle> cycles = cycles(g, stuck);
        Set<String> onCycle = new HashSet<>();
        Set<Edge> cycleEdges = new HashSet<>();
        for (Cycle c : cycles) {
            c.nodes().forEach(n -> onCycle.add(n.id()));
            cycleEdges.addAll(c.edges());
        }
        List<Vertex> vertices = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (Node n : g.nodes()) {
            vertices.add(new Vertex(n.id(), shape(n.kind()), n.name(), note(state, n), onCycle.contains(n.id()),
                    stuck.contains(n)));
        }
        for (Edge e : g.edges()) {
            arcs.add(new Arc(e.from().id(), e.to().id(), label(e), e.words(), cycleEdges.contains(e)));
        }
        queues(state, g, vertices, arcs);
        List<GapNote> gaps = new ArrayList<>();
        int i = 0;
        for (Gap gap : g.gaps()) {
            String id = "gap:" + i++;
            // a gap linked to no lock, page or port is an idle thread's, not a hang's (as the missing-evidence
            // analyzer judges): listed, not drawn, or a ps listing of a BSD kernel fills the picture with them
            if (linkedToWaits(g, gap.at())) {
                vertices.add(new Vertex(id, Shape.GAP, "not shown", gap.missing(), false, false));
                arcs.add(new Arc(gap.at().id(), id, "?", "the state stops here: it does not show " + gap.missing(),
                        false));
            }
            gaps.add(new GapNote(id, gap.subject(), gap.missing(), gap.commands()));
        }
        List<CycleStory> stories = cycles.stream().map(c -> new CycleStory(c.chain(), c.story(),
                c.nodes().stream().map(Node::id).toList())).toList();
        return new GraphView(vertices, arcs, stories, gaps);
    }

    /**
     * One cycle through each stuck thread not yet on a cycle told: the walk of
     * {@code machlab.locks.analyzers.WaitForAnalyzer}, whose findings these cycles illustrate.
     */
    static List<Cycle> cycles(WaitForGraph g, Set<Node> stuck) {
        List<Cycle> out = new ArrayList<>();
        Set<Node> told = new LinkedHashSet<>();
        for (Node n : stuck) {
            if (n.kind() == Node.Kind.THREAD && !told.contains(n)) {
                Cycle.through(g, stuck, n).ifPresent(c -> {
                    told.addAll(c.nodes());
                    out.add(c);
                });
            }
        }
        return out;
    }

    private static boolean linkedToWaits(WaitForGraph g, Node at) {
        return g.linkedTo(at, Node.Kind.MAP) || g.linkedTo(at, Node.Kind.PAGE) || g.linkedTo(at, Node.Kind.PORT);
    }

    /** The message queue of every port in the graph, empty ones too: an empty queue says the request was taken. */
    private static void queues(KernelState state, WaitForGraph g, List<Vertex> vertices, List<Arc> arcs) {
        for (Node n : g.nodes()) {
            if (n.kind() != Node.Kind.PORT) {
                continue;
            }
            Optional<IpcPort> port = state.ports().stream().filter(p -> n.id().equals("port:" + hex(p.address())))
                    .findFirst();
            if (port.isEmpty()) {
                continue;
            }
            List<IpcMessage> q = port.get().queue();
            String id = "queue:" + hex(port.get().address());
            String messages = q.isEmpty() ? "empty: any request was already received"
                    : q.stream().map(GraphViews::routine).collect(Collectors.joining(", "));
            vertices.add(new Vertex(id, Shape.QUEUE, "queue of " + n.name(),
                    q.isEmpty() ? "empty" : q.size() + (q.size() == 1 ? " message" : " messages"), false, false));
            arcs.add(new Arc(n.id(), id, "queue", n.name() + "'s message queue: " + messages, false));
        }
    }

    private static String routine(IpcMessage m) {
        return m.routine().orElse("message id " + m.id());
    }

    /** The thread's name and task name under its ddb name, as lab:threads shows them. */
    private static String note(KernelState state, Node n) {
        if (n.kind() != Node.Kind.THREAD) {
            return "";
        }
        Optional<KernelThread> t = state.tasks().stream().flatMap(k -> k.threads().stream())
                .filter(k -> ("thread:" + k.ddbName()).equals(n.id())).findFirst();
        if (t.isEmpty()) {
            return "";
        }
        String task = state.task(t.get().task()).flatMap(k -> k.name()).orElse("");
        String name = t.get().name().orElse("");
        return name.isEmpty() ? task : task.isEmpty() || task.equals(name) ? name : name + " (" + task + ")";
    }

    static Shape shape(Node.Kind kind) {
        return switch (kind) {
            case THREAD -> Shape.THREAD;
            case MAP -> Shape.MAP;
            case PAGE -> Shape.PAGE;
            case PORT -> Shape.PORT;
            case OUTSIDE -> Shape.OUTSIDE;
        };
    }

    /** A word or two for the edge, from the kinds at its ends; the edge's sentence says the rest. */
    static String label(Edge e) {
        Node.Kind from = e.from().kind();
        Node.Kind to = e.to().kind();
        if (from == Node.Kind.MAP && to == Node.Kind.THREAD) {
            return "held by";
        }
        if (from == Node.Kind.PAGE && to == Node.Kind.PORT) {
            return "pagein by";
        }
        if (from == Node.Kind.PORT && to == Node.Kind.THREAD) {
            return "served by";
        }
        if (from == Node.Kind.THREAD && to == Node.Kind.MAP) {
            return "waits for lock";
        }
        if (from == Node.Kind.THREAD) {
            return "sleeps on";
        }
        return "waits for";
    }

    static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
