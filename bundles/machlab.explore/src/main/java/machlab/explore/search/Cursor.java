package machlab.explore.search;

import java.util.ArrayList;
import java.util.List;
import machlab.machine.core.Machine;

/**
 * Which {@link Node}'s state a machine holds, and the move to another node: revert the changes up to
 * their common ancestor, apply the changes down to the target. Depth-first search moves mostly from a
 * node to its child or to a sibling, a few words each.
 */
final class Cursor {

    private final Machine m;
    private final List<Node> down = new ArrayList<>();
    /** The node whose state {@link #m} holds, or null when unknown. */
    private Node at;

    Cursor(Machine m) {
        this.m = m;
    }

    /** Puts {@code n}'s state into {@code m}, whatever it held. */
    static void load(Machine m, Node n) {
        new Cursor(m).moveTo(n);
    }

    void moveTo(Node n) {
        if (at == n) {
            return;
        }
        Node a = at;
        Node b = n;
        down.clear();
        if (a != null) {
            while (a.level() > b.level()) {
                m.revert(a.changes());
                a = a.parent();
            }
            while (b.level() > a.level()) {
                down.add(b);
                b = b.parent();
            }
            while (a != b && a.parent() != null) {
                m.revert(a.changes());
                a = a.parent();
                down.add(b);
                b = b.parent();
            }
        } else {
            while (b.parent() != null) {
                down.add(b);
                b = b.parent();
            }
        }
        if (a != b) {
            m.restore(b.full()); // another root: its whole state
        }
        for (int i = down.size() - 1; i >= 0; i--) {
            m.apply(down.get(i).changes());
        }
        at = n;
    }
}
