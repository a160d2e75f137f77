package machlab.locks.command;

import java.util.List;
import machlab.api.state.KernelState;
import machlab.locks.order.Acquisition;
import machlab.locks.order.LockNames;
import machlab.locks.order.LockOrderGraph;
import machlab.locks.order.OrderEdge;
import machlab.locks.order.Reversal;

/**
 * What {@code locks:order} returns: the lock-order graph of a trace in the style of lockdep and WITNESS,
 * every order with the first stack that established it, the reversals flagged, and the cycles of three
 * locks or more.
 *
 * @param source the trace (a file, or the lab's machine)
 * @param graph the orders
 * @param state the state that names locks and threads ({@code $map21}, {@code $task21.4}); an empty
 *        state names them by address
 * @param limit at most this many orders are listed (reversals and cycles always are)
 */
public record LockOrderReport(String source, LockOrderGraph graph, KernelState state, int limit) {

    /** The text a person reads. */
    public String render() {
        List<OrderEdge> orders = graph.orders();
        List<Reversal> reversals = graph.reversals();
        List<List<OrderEdge>> longer = graph.cycles().stream().filter(c -> c.size() > 2).toList();
        StringBuilder b = new StringBuilder("Lock order of ").append(source).append(": ")
                .append(count(graph.events(), "event", "events")).append(", ")
                .append(count(graph.threads(), "thread", "threads")).append(", ")
                .append(count(graph.locks().size(), "lock", "locks")).append(", ")
                .append(count(orders.size(), "order", "orders")).append(", ")
                .append(reversals.isEmpty() ? "no reversal" : count(reversals.size(), "REVERSAL", "REVERSALS"))
                .append('\n');
        if (orders.isEmpty()) {
            b.append("\nNo thread held one lock while it took another: no order to keep.\n");
        } else {
            b.append("\nOrders, each with the first time a thread showed it:\n");
            for (OrderEdge e : orders.subList(0, Math.min(limit, orders.size()))) {
                b.append("  ").append(lock(e.from())).append(" → ").append(lock(e.to()))
                        .append(reversed(e, reversals) ? "  (REVERSED later)" : "").append('\n');
                witness(b, e, "      ");
            }
            if (orders.size() > limit) {
                b.append("  … and ").append(orders.size() - limit).append(" more (--limit N lists more)\n");
            }
        }
        for (Reversal r : reversals) {
            b.append("\nREVERSAL: ").append(lock(r.established().from())).append(" → ").append(lock(r.established().to()))
                    .append(" was established first:\n");
            witness(b, r.established(), "    ");
            b.append("  and then reversed, ").append(lock(r.reversed().from())).append(" → ")
                    .append(lock(r.reversed().to())).append(":\n");
            witness(b, r.reversed(), "    ");
            b.append("  A schedule that runs these two side by side deadlocks.\n");
        }
        for (List<OrderEdge> c : longer) {
            b.append("\nCYCLE of ").append(c.size()).append(" locks: ");
            c.forEach(e -> b.append(lock(e.from())).append(" → "));
            b.append(lock(c.get(0).from())).append('\n');
            c.forEach(e -> witness(b, e, "    "));
        }
        return b.toString().stripTrailing();
    }

    private void witness(StringBuilder b, OrderEdge e, String indent) {
        String who = LockNames.thread(state, e.first().thread());
        b.append(indent).append(who).append(" took ").append(lock(e.from())).append(" at step ")
                .append(e.first().step()).append(stack(e.first())).append('\n');
        b.append(indent).append(" ".repeat(who.length())).append(" then took ").append(lock(e.to())).append(" at step ")
                .append(e.then().step()).append(stack(e.then())).append('\n');
    }

    private static String stack(Acquisition a) {
        return a.stack().isEmpty() ? "" : " in " + String.join(" ← ", a.stack());
    }

    private static boolean reversed(OrderEdge e, List<Reversal> reversals) {
        return reversals.stream().anyMatch(r -> r.established().equals(e));
    }

    private String lock(long address) {
        return LockNames.lock(state, address);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public String toString() {
        return render();
    }
}
