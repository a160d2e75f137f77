package machlab.explore.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import machlab.explore.Counterexample;
import machlab.explore.MachineFactory;
import machlab.explore.ProgressMarkers;
import machlab.explore.SearchControl;
import machlab.explore.SearchOptions;
import machlab.explore.SearchResult;
import machlab.explore.Verdict;
import machlab.machine.core.Machine;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;

/**
 * The non-progress check, as SPIN's {@code -DNP} with weak fairness ({@code pan -l -f}): is there an infinite
 * run, from some reachable state, on which no step makes progress ({@link ProgressMarkers}) and every thread
 * that stays able to step does step? Such a run is a cycle of the state graph: this search finds the
 * strongly connected components of the graph of non-progress steps (Tarjan), and a component holds a weakly
 * fair cycle exactly when each thread either steps inside it or cannot step in one of its states. The
 * answer is a lasso: a schedule from boot to a state of the cycle, then the cycle back to that state.
 *
 * <p>Sequential, one machine; states are keyed by fingerprint (hash compaction, as SPIN's {@code -DHC}), and
 * the graph of the component being built is held in memory, each state as the few words its step changed
 * ({@link Node}, moved between with a {@link Cursor}, as the exhaustive search does).
 */
public final class ProgressSearch {

    /**
     * A state's non-progress successor: fingerprint, step, and the words the step changed
     * ({@code Machine.changesSince}; whole states made the component 7 KB a vertex and more per edge).
     */
    private record Edge(long to, Transition step, int[] changes) {
    }

    /** A state of the Tarjan search. */
    private static final class Vertex {
        final long fp;
        final Node node; // its state, as its tree parent's plus the changes of the step between
        final int enabledMask;
        final List<Edge> edges;
        final long parent; // DFS tree parent (for the prefix), or the state itself for a root
        final Transition via;
        int index;
        int low;
        int next;

        Vertex(long fp, Node node, int enabledMask, List<Edge> edges, long parent, Transition via) {
            this.fp = fp;
            this.node = node;
            this.enabledMask = enabledMask;
            this.edges = edges;
            this.parent = parent;
            this.via = via;
        }
    }

    private final Machine m;
    private final Cursor cursor;
    private final SearchControl control;
    private final Map<Long, Vertex> vertices = new HashMap<>();
    private final Set<Long> done = new HashSet<>(); // in a finished component
    private Path rootPath = Path.EMPTY;
    private final Tally tally = new Tally();
    private int counter;
    private long transitions;
    private Counterexample lasso;

    private ProgressSearch(Machine m, SearchControl control) {
        this.m = m;
        this.cursor = new Cursor(m);
        this.control = control;
    }

    public static SearchResult run(MachineFactory factory, SearchOptions o, SearchControl control) {
        Machine m = factory.boot();
        long t0 = System.nanoTime();
        control.start(m.name() + " progress (non-progress cycles, weak fairness), 1 worker");
        ProgressSearch s = new ProgressSearch(m, control);
        m.journal(true);
        long states;
        try {
            states = s.search(m.snapshot());
        } finally {
            m.journal(false);
        }
        Verdict v;
        Counterexample c;
        if (s.lasso != null) {
            v = Verdict.NON_PROGRESS;
            c = s.lasso;
        } else if (s.tally.first.get() != null) {
            c = s.tally.first.get();
            v = c.status() == Status.DEADLOCK ? Verdict.DEADLOCK : Verdict.VIOLATION;
        } else {
            c = null;
            v = control.stopRequested() ? Verdict.INCOMPLETE : Verdict.NO_ERROR;
        }
        String note = "non-progress cycles under weak fairness (as SPIN -DNP, pan -l -f); progress: a thread "
                + "finishes or a server thread waits for its next request; fingerprints as SPIN -DHC; one worker"
                + (o.bounded() || o.reduce() ? "; bounds and reduction ignored" : "");
        var p = control.progress();
        return new SearchResult(v, o, states, s.transitions, p.depth(), 0, s.tally.deadlocks.sum(),
                s.tally.quiescent.sum(), s.tally.violations.sum(), s.tally.deadlockEnds, Optional.ofNullable(c),
                System.nanoTime() - t0, note);
    }

    /** Every reachable state, depth-first; a Tarjan search of the non-progress graph from each new one. */
    private long search(int[] root) {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        Node first = Node.root(root, Path.EMPTY, 0, -1, SleepEntry.NONE, -1);
        cursor.moveTo(first);
        seen.add(m.fingerprint());
        control.addState();
        stack.push(first);
        while (!stack.isEmpty() && lasso == null && !control.stopRequested()) {
            Node top = stack.pop();
            Path path = top.path();
            cursor.moveTo(top);
            long fp = m.fingerprint();
            if (!done.contains(fp)) {
                rootPath = path;
                tarjan(fp, top);
                if (lasso != null) {
                    break;
                }
                cursor.moveTo(top);
            }
            for (Transition t : m.enabled()) {
                int mark = m.mark();
                try {
                    m.step(t);
                    transitions++;
                    Status st = m.status();
                    control.reached(path.length + 1);
                    if (st == Status.VIOLATION) {
                        tally.violations.increment();
                        tally.found(new Counterexample(st, m.violation().orElse("violation"), path.then(t).toList(),
                                m.fingerprint()));
                        continue;
                    }
                    long f = m.fingerprint();
                    if (!seen.add(f)) {
                        continue;
                    }
                    control.addState();
                    if (st == Status.DEADLOCK) {
                        tally.deadlocks.increment();
                        tally.deadlockEnds.add(f);
                        tally.found(new Counterexample(st, Words.threads(m), path.then(t).toList(), f));
                    } else if (st == Status.QUIESCENT) {
                        tally.quiescent.increment();
                    } else {
                        stack.push(Node.child(top, m.changesSince(mark), path.then(t), 0, t.thread(), SleepEntry.NONE,
                                -1));
                    }
                } finally {
                    m.undo(mark); // back to top's state for its next step
                }
            }
        }
        control.addTransitions(transitions);
        return seen.size();
    }

    private Vertex vertex(long fp, Node node, long parent, Transition via) {
        cursor.moveTo(node);
        int mask = 0;
        List<Edge> edges = new ArrayList<>();
        List<Transition> enabled = m.enabled();
        for (Transition t : enabled) {
            mask |= 1 << t.thread();
        }
        for (Transition t : enabled) {
            int mark = m.mark();
            try {
                int before = ProgressMarkers.before(m, t.thread());
                m.step(t);
                transitions++;
                if (m.status() == Status.VIOLATION || ProgressMarkers.progressed(m, t.thread(), before)) {
                    continue;
                }
                edges.add(new Edge(m.fingerprint(), t, m.changesSince(mark)));
            } finally {
                m.undo(mark);
            }
        }
        Vertex v = new Vertex(fp, node, mask, edges, parent, via);
        v.index = v.low = counter++;
        vertices.put(fp, v);
        return v;
    }

    /** Tarjan's strongly connected components of the non-progress graph, iterative, from {@code fp}. */
    private void tarjan(long fp, Node node) {
        ArrayDeque<Vertex> call = new ArrayDeque<>();
        ArrayDeque<Vertex> scc = new ArrayDeque<>();
        Set<Long> onStack = new HashSet<>();
        Vertex root = vertex(fp, node, fp, null);
        call.push(root);
        scc.push(root);
        onStack.add(fp);
        while (!call.isEmpty()) {
            Vertex v = call.peek();
            if (v.next < v.edges.size()) {
                Edge e = v.edges.get(v.next++);
                Vertex w = vertices.get(e.to());
                if (w == null && !done.contains(e.to())) {
                    Node child = Node.child(v.node, e.changes(), v.node.path().then(e.step()), 0, e.step().thread(),
                            SleepEntry.NONE, -1);
                    w = vertex(e.to(), child, v.fp, e.step());
                    call.push(w);
                    scc.push(w);
                    onStack.add(w.fp);
                } else if (w != null && onStack.contains(w.fp)) {
                    v.low = Math.min(v.low, w.index);
                }
                continue;
            }
            call.pop();
            if (!call.isEmpty()) {
                Vertex parent = call.peek();
                parent.low = Math.min(parent.low, v.low);
            }
            if (v.low == v.index) {
                List<Vertex> component = new ArrayList<>();
                Vertex w;
                do {
                    w = scc.pop();
                    onStack.remove(w.fp);
                    component.add(w);
                } while (w != v);
                if (lasso == null) {
                    checkFair(component, v);
                }
                for (Vertex c : component) {
                    done.add(c.fp);
                }
            }
        }
        vertices.clear();
    }

    /** If {@code component} holds a weakly fair cycle, builds the lasso through it. */
    private void checkFair(List<Vertex> component, Vertex head) {
        Set<Long> members = new HashSet<>();
        for (Vertex v : component) {
            members.add(v.fp);
        }
        int always = -1;
        int taken = 0;
        boolean internal = false;
        for (Vertex v : component) {
            always &= v.enabledMask;
            for (Edge e : v.edges) {
                if (members.contains(e.to())) {
                    internal = true;
                    taken |= 1 << e.step().thread();
                }
            }
        }
        if (!internal || (always & ~taken) != 0) {
            return; // no cycle, or some thread able to step everywhere in it never steps: every cycle here is unfair
        }
        // the cycle: from head, for each thread in turn, reach one of its steps inside the component (or a state
        // where it cannot step), then come back to head
        List<Transition> cycle = new ArrayList<>();
        long at = head.fp;
        int threads = m.threads().count();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            if ((taken & 1 << t) != 0) {
                at = walk(at, members, v -> v.edges.stream().anyMatch(
                        e -> e.step().thread() == thread && members.contains(e.to())), cycle);
                Vertex v = vertices.get(at);
                Edge e = v.edges.stream().filter(x -> x.step().thread() == thread && members.contains(x.to()))
                        .findFirst().orElseThrow();
                cycle.add(e.step());
                at = e.to();
            } else if (component.stream().anyMatch(v -> (v.enabledMask & 1 << thread) != 0)) {
                // it can step somewhere here but never does: the cycle must pass where it cannot
                at = walk(at, members, v -> (v.enabledMask & 1 << thread) == 0, cycle);
            }
        }
        long target = head.fp;
        at = walk(at, members, v -> v.fp == target, cycle);
        if (cycle.isEmpty()) {
            return; // cannot happen: a component with an internal edge gives a non-empty cycle
        }
        // the prefix: boot to the Tarjan search's root, then down its tree to the head
        List<Transition> inner = new ArrayList<>();
        for (Vertex v = head; v.via != null; v = vertices.get(v.parent)) {
            inner.add(0, v.via);
        }
        List<Transition> prefix = new ArrayList<>(rootPath.toList());
        prefix.addAll(inner);
        List<Transition> all = new ArrayList<>(prefix);
        all.addAll(cycle);
        lasso = new Counterexample(Status.RUNNING, "non-progress cycle: steps " + (prefix.size() + 1) + " to "
                + all.size() + " return to the state after step " + prefix.size() + ", and no thread finishes or "
                + "serves a request on the way; every thread able to step all along does step", all, head.fp,
                prefix.size());
    }

    /** Breadth-first inside the component from {@code from} to a vertex {@code goal} accepts; appends the steps. */
    private long walk(long from, Set<Long> members, java.util.function.Predicate<Vertex> goal, List<Transition> out) {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Transition> via = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        queue.add(from);
        parent.put(from, from);
        while (!queue.isEmpty()) {
            long u = queue.poll();
            Vertex vu = vertices.get(u);
            if (goal.test(vu)) {
                List<Transition> steps = new ArrayList<>();
                for (long x = u; x != from; x = parent.get(x)) {
                    steps.add(0, via.get(x));
                }
                out.addAll(steps);
                return u;
            }
            for (Edge e : vu.edges) {
                if (members.contains(e.to()) && !parent.containsKey(e.to())) {
                    parent.put(e.to(), u);
                    via.put(e.to(), e.step());
                    queue.add(e.to());
                }
            }
        }
        throw new IllegalStateException("no path inside a strongly connected component: a bug in the progress search");
    }
}
