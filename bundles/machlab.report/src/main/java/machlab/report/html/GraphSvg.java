package machlab.report.html;

import static machlab.report.html.Html.cut;
import static machlab.report.html.Html.esc;
import static machlab.report.html.Html.num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import machlab.report.model.GraphView;
import machlab.report.model.GraphView.Arc;
import machlab.report.model.GraphView.Vertex;

/**
 * The wait-for graph as inline SVG: vertices in layers ({@link LayeredLayout}), waits left to right,
 * edges that point back (those closing a cycle) routed below. Every vertex and edge carries its full text
 * in a {@code <title>}, which browsers show on hover; cycle members carry the class {@code cycle}.
 */
final class GraphSvg {

    static final double CHAR = 7.2; // width of a 12px monospace character
    static final int NODE_H = 44;
    static final int GAP_X = 120;
    static final int GAP_Y = 30;
    static final int MARGIN = 16;
    static final int NOTE_CHARS = 34;

    private final GraphView graph;
    private final List<Vertex> vertices;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private double width;
    private double height;
    private double lanes;

    GraphSvg(GraphView graph) {
        this.graph = graph;
        this.vertices = graph.vertices();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i).id(), i);
        }
        x = new double[vertices.size()];
        y = new double[vertices.size()];
        w = new double[vertices.size()];
    }

    /** The {@code <svg>} element. */
    String render() {
        List<int[]> pairs = new ArrayList<>();
        for (Arc a : graph.edges()) {
            pairs.add(new int[] {index.get(a.from()), index.get(a.to())});
        }
        LayeredLayout layout = new LayeredLayout(vertices.size(), pairs);
        place(layout);
        StringBuilder edges = new StringBuilder();
        int lane = 0;
        for (int i = 0; i < graph.edges().size(); i++) {
            Arc a = graph.edges().get(i);
            int f = pairs.get(i)[0];
            int t = pairs.get(i)[1];
            boolean back = layout.isBack(i) || layout.layer(t) <= layout.layer(f);
            edges.append(edge(a, f, t, back ? lane++ : -1));
        }
        height += lane * 18;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"graph\" role=\"img\" aria-label=\"wait-for graph\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" width=\"").append(num(width)).append("\">\n");
        b.append("<defs>").append(marker("arrow", "arrowhead")).append(marker("arrow-cycle", "arrowhead cycle"))
                .append("</defs>\n");
        b.append(edges);
        for (int i = 0; i < vertices.size(); i++) {
            b.append(node(vertices.get(i), i));
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String marker(String id, String cls) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\""
                + " markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path class=\"" + cls
                + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
    }

    /** Coordinates: columns as wide as their widest vertex, each column centred; isolated vertices below. */
    private void place(LayeredLayout layout) {
        int layers = layout.layers();
        double[] columnWidth = new double[Math.max(layers, 1)];
        int[] count = new int[Math.max(layers, 1)];
        for (int i = 0; i < vertices.size(); i++) {
            Vertex v = vertices.get(i);
            w[i] = Math.min(260, Math.max(110, Math.max(v.label().length(), Math.min(NOTE_CHARS, v.note().length()))
                    * CHAR + 24));
            if (!layout.isolated(i)) {
                columnWidth[layout.layer(i)] = Math.max(columnWidth[layout.layer(i)], w[i]);
                count[layout.layer(i)]++;
            }
        }
        int tallest = 0;
        for (int c : count) {
            tallest = Math.max(tallest, c);
        }
        double[] left = new double[columnWidth.length];
        double at = MARGIN;
        for (int l = 0; l < columnWidth.length; l++) {
            left[l] = at;
            at += columnWidth[l] + GAP_X;
        }
        width = Math.max(at - GAP_X + MARGIN, 400);
        double bottom = MARGIN;
        for (int i = 0; i < vertices.size(); i++) {
            if (layout.isolated(i)) {
                continue;
            }
            int l = layout.layer(i);
            double offset = (tallest - count[l]) * (NODE_H + GAP_Y) / 2.0;
            x[i] = left[l] + (columnWidth[l] - w[i]) / 2;
            y[i] = MARGIN + offset + layout.position(i) * (NODE_H + GAP_Y);
            bottom = Math.max(bottom, y[i] + NODE_H);
        }
        lanes = bottom + 26;
        isolated(layout, tallest == 0 ? MARGIN : lanes + 10);
    }

    /** Vertices with no edge (running or idle threads, free locks) in rows under the graph. */
    private void isolated(LayeredLayout layout, double top) {
        double cx = MARGIN;
        double cy = top;
        double rowEnd = top;
        for (int i = 0; i < vertices.size(); i++) {
            if (!layout.isolated(i)) {
                continue;
            }
            if (cx + w[i] > Math.max(width, 900) - MARGIN && cx > MARGIN) {
                cx = MARGIN;
                cy += NODE_H + 16;
            }
            x[i] = cx;
            y[i] = cy;
            cx += w[i] + 16;
            width = Math.max(width, cx - 16 + MARGIN);
            rowEnd = cy + NODE_H;
        }
        height = Math.max(rowEnd, lanes) + MARGIN;
    }

    private String edge(Arc a, int f, int t, int lane) {
        String d;
        double lx;
        double ly;
        if (lane < 0) {
            double sx = x[f] + w[f];
            double sy = y[f] + NODE_H / 2.0;
            double tx = x[t];
            double ty = y[t] + NODE_H / 2.0;
            double dx = Math.max(30, (tx - sx) / 2);
            d = "M" + num(sx) + "," + num(sy) + " C" + num(sx + dx) + "," + num(sy) + " " + num(tx - dx) + ","
                    + num(ty) + " " + num(tx) + "," + num(ty);
            lx = (sx + tx) / 2;
            ly = (sy + ty) / 2 - 4;
        } else {
            // back under the graph: down from the source, along a lane of its own, up into the target
            double sx = x[f] + w[f] / 2;
            double sy = y[f] + NODE_H;
            double tx = x[t] + w[t] / 2;
            double ty = y[t] + NODE_H;
            double laneY = lanes + lane * 18;
            d = "M" + num(sx) + "," + num(sy) + " C" + num(sx) + "," + num(laneY + 10) + " " + num(tx) + ","
                    + num(laneY + 10) + " " + num(tx) + "," + num(ty);
            lx = (sx + tx) / 2;
            ly = laneY + 4;
        }
        String cls = "edge" + (a.inCycle() ? " cycle" : "") + (a.label().equals("?") ? " gap" : "")
                + (a.label().equals("queue") ? " queue" : "");
        return "<g class=\"" + cls + "\" data-from=\"" + esc(a.from()) + "\" data-to=\"" + esc(a.to()) + "\"><title>"
                + esc(a.words()) + "</title><path d=\"" + d + "\" marker-end=\"url(#" + (a.inCycle() ? "arrow-cycle"
                        : "arrow") + ")\"/><text x=\"" + num(lx) + "\" y=\"" + num(ly) + "\" text-anchor=\"middle\">"
                + esc(a.label()) + "</text></g>\n";
    }

    private String node(Vertex v, int i) {
        String cls = "node " + v.shape().name().toLowerCase(Locale.ROOT) + (v.inCycle() ? " cycle" : "")
                + (v.stuck() ? " stuck" : "");
        double rx = switch (v.shape()) {
            case THREAD -> 20;
            case PORT, QUEUE -> 10;
            default -> 2;
        };
        double cx = x[i] + w[i] / 2;
        int chars = (int) ((w[i] - 16) / CHAR);
        StringBuilder b = new StringBuilder();
        b.append("<g class=\"").append(cls).append("\" data-id=\"").append(esc(v.id())).append("\"><title>")
                .append(esc(v.label() + (v.note().isEmpty() ? "" : " — " + v.note()) + (v.inCycle() ? " (on the cycle)"
                        : v.stuck() ? " (stuck)" : "")))
                .append("</title><rect x=\"").append(num(x[i])).append("\" y=\"").append(num(y[i])).append("\" width=\"")
                .append(num(w[i])).append("\" height=\"").append(NODE_H).append("\" rx=\"").append(num(rx)).append("\"/>");
        boolean two = !v.note().isEmpty();
        b.append("<text class=\"label\" x=\"").append(num(cx)).append("\" y=\"").append(num(y[i] + (two ? 18 : 27)))
                .append("\" text-anchor=\"middle\">").append(esc(cut(v.label(), chars))).append("</text>");
        if (two) {
            b.append("<text class=\"note\" x=\"").append(num(cx)).append("\" y=\"").append(num(y[i] + 34))
                    .append("\" text-anchor=\"middle\">").append(esc(cut(v.note(), chars))).append("</text>");
        }
        return b.append("</g>\n").toString();
    }
}
