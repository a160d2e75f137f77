package machlab.report.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the vertices of a directed graph in layers, left to right (a small Sugiyama layout): cycles are
 * broken by reversing the back edges a depth-first search finds, each vertex goes to the layer of its
 * longest path from a source, and a few barycenter sweeps order each layer to cut crossings. Vertices
 * with no edge at all are left out of the layers ({@link #isolated}): the caller lays them out apart.
 *
 * <p>Why no library: JGraphT 1.5.3 ({@code org.jgrapht:jgrapht-core}) is an OSGi bundle whose manifest
 * imports only {@code java.*}, {@code org.jheaps} 0.14 and {@code org.apfloat} 1.14, both bundles too (read
 * from the manifests; not tried in the resolver). But its {@code org.jgrapht.alg.drawing} package offers
 * circular, random, force-directed (Fruchterman-Reingold) and two-layer bipartite layouts only, none that
 * draws a chain of waits in layers; and the three jars (2.1 MB) would almost double the 2.3 MB lab jar. A
 * wait-for graph has tens of vertices: this is enough.
 */
final class LayeredLayout {

    private final int n;
    private final List<int[]> edges;
    private final int[] layer;
    private final int[] order;
    private final boolean[] reversed;

    /**
     * Lays out vertices {@code 0..n-1} with {@code edges} ({@code {from, to}} pairs), keeping the given
     * vertex order where nothing better is known, so the same graph is always drawn the same way.
     */
    LayeredLayout(int n, List<int[]> edges) {
        this.n = n;
        this.edges = List.copyOf(edges);
        this.reversed = backEdges();
        this.layer = longestPaths();
        this.order = orderLayers();
    }

    /** The layer of vertex {@code v}, 0 for the leftmost; -1 for an isolated vertex. */
    int layer(int v) {
        return layer[v];
    }

    /** The position of vertex {@code v} in its layer, 0 for the topmost. */
    int position(int v) {
        return order[v];
    }

    /** Number of layers. */
    int layers() {
        return Arrays.stream(layer).max().orElse(-1) + 1;
    }

    /** Whether edge {@code i} goes against the layers (it closes a cycle, or points back). */
    boolean isBack(int i) {
        return reversed[i];
    }

    /** Whether {@code v} has no edge at all. */
    boolean isolated(int v) {
        return layer[v] < 0;
    }

    private boolean[] backEdges() {
        boolean[] back = new boolean[edges.size()];
        List<List<Integer>> out = adjacency();
        int[] mark = new int[n]; // 0 new, 1 on the stack, 2 done
        for (int s = 0; s < n; s++) {
            if (mark[s] != 0) {
                continue;
            }
            // iterative depth-first search: a long chain of waits must not overflow the stack
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {s, 0});
            mark[s] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> outs = out.get(top[0]);
                if (top[1] == outs.size()) {
                    mark[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int e = outs.get(top[1]++);
                int to = edges.get(e)[1];
                if (mark[to] == 1) {
                    back[e] = true;
                } else if (mark[to] == 0) {
                    mark[to] = 1;
                    stack.push(new int[] {to, 0});
                }
            }
        }
        return back;
    }

    private List<List<Integer>> adjacency() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            out.get(edges.get(e)[0]).add(e);
        }
        return out;
    }

    /** Longest path from a source, over the edges with the back edges turned round. */
    private int[] longestPaths() {
        int[] l = new int[n];
        Arrays.fill(l, -1);
        int[] indegree = new int[n];
        boolean[] touched = new boolean[n];
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.get(e)[reversed[e] ? 1 : 0];
            int b = edges.get(e)[reversed[e] ? 0 : 1];
            touched[a] = touched[b] = true;
            if (a != b) {
                succ.get(a).add(b);
                indegree[b]++;
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (touched[v] && indegree[v] == 0) {
                ready.add(v);
                l[v] = 0;
            }
        }
        while (!ready.isEmpty()) {
            int v = ready.poll();
            for (int w : succ.get(v)) {
                l[w] = Math.max(l[w], l[v] + 1);
                if (--indegree[w] == 0) {
                    ready.add(w);
                }
            }
        }
        return l;
    }

    /** Barycenter sweeps, left to right then right to left, four times; ties keep the vertex order. */
    private int[] orderLayers() {
        int layers = layers();
        List<List<Integer>> byLayer = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            byLayer.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (layer[v] >= 0) {
                byLayer.get(layer[v]).add(v);
            }
        }
        int[] pos = new int[n];
        positions(byLayer, pos);
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int i = 1; i < layers; i++) {
                sortBy(byLayer.get(i), i - 1, pos);
                positions(byLayer, pos);
            }
            for (int i = layers - 2; i >= 0; i--) {
                sortBy(byLayer.get(i), i + 1, pos);
                positions(byLayer, pos);
            }
        }
        return pos;
    }

    private void sortBy(List<Integer> vertices, int neighbourLayer, int[] pos) {
        double[] centre = new double[n];
        for (int v : vertices) {
            double sum = 0;
            int count = 0;
            Set<Integer> seen = new HashSet<>();
            for (int[] e : edges) {
                int other = e[0] == v ? e[1] : e[1] == v ? e[0] : -1;
                if (other >= 0 && other != v && layer[other] == neighbourLayer && seen.add(other)) {
                    sum += pos[other];
                    count++;
                }
            }
            centre[v] = count == 0 ? pos[v] : sum / count;
        }
        vertices.sort(Comparator.<Integer>comparingDouble(v -> centre[v]).thenComparingInt(v -> pos[v]));
    }

    private static void positions(List<List<Integer>> byLayer, int[] pos) {
        for (List<Integer> l : byLayer) {
            for (int i = 0; i < l.size(); i++) {
                pos[l.get(i)] = i;
            }
        }
    }
}
