package machlab.report.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import machlab.report.model.GraphView;
import machlab.report.model.GraphView.Arc;
import machlab.report.model.GraphView.Shape;
import machlab.report.model.GraphView.Vertex;
import machlab.report.model.Timeline;
import machlab.report.model.Timeline.Kind;
import machlab.report.model.Timeline.Span;

/**
 * The timeline of a transcript: a transcript shows the kernel at one instant (when ddb stopped it), so
 * each thread has one column, with the locks it holds and what it sleeps on then, read from the wait-for
 * graph's hold and wait edges.
 */
public final class InstantTimeline {

    private InstantTimeline() {
    }

    /** The holds and waits of every thread of {@code graph}. */
    public static Timeline of(GraphView graph, String source) {
        Map<String, Vertex> byId = graph.vertices().stream().collect(Collectors.toMap(Vertex::id, Function.identity()));
        List<Timeline.Row> rows = new ArrayList<>();
        for (Vertex v : graph.vertices()) {
            if (v.shape() != Shape.THREAD) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (Arc a : graph.edges()) {
                Vertex from = byId.get(a.from());
                if (a.to().equals(v.id()) && from.shape() == Shape.MAP) {
                    // the edge says "$map21 is held for read by …" or "… for write …"
                    Kind k = a.words().contains("for write") ? Kind.HOLD_WRITE : Kind.HOLD_READ;
                    spans.add(new Span(k, from.label(), 0, 1, false, a.words()));
                } else if (a.from().equals(v.id()) && byId.get(a.to()).shape() == Shape.GAP) {
                    // asleep, but on what the transcript does not show
                    spans.add(new Span(Kind.WAIT, "? (not shown)", 0, 1, false, v.label() + " sleeps; not shown: "
                            + byId.get(a.to()).note()));
                } else if (a.from().equals(v.id())) {
                    spans.add(new Span(Kind.WAIT, byId.get(a.to()).label(), 0, 1, false, a.words()));
                }
            }
            rows.add(new Timeline.Row(v.label(), v.note(), spans));
        }
        return new Timeline(1, true, "the state " + source + " shows at one instant (a transcript has no history:"
                + " each thread's holds and waits when ddb stopped the kernel)", rows);
    }
}
