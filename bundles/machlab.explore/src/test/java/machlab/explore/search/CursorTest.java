package machlab.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import machlab.explore.MachineFactory;
import machlab.machine.core.Machine;
import machlab.machine.core.Memory;
import machlab.machine.core.Status;
import machlab.machine.core.Transition;
import machlab.vm.lab.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Nodes store only the words their step changed; a cursor moving between any two of them (child,
 * sibling, cousin, another root) must leave the machine holding exactly the node's state.
 */
class CursorTest {

    private static MachineFactory factory() throws Exception {
        return MachineFactory.of(Scenarios.builtin("defpager-competitor").orElseThrow());
    }

    @Test
    void movingBetweenAnyTwoNodesOfATreeGivesEachNodesStateExactly() throws Exception {
        Machine m = factory().boot();
        m.journal(true);
        Random r = new Random(21);
        List<Node> nodes = new ArrayList<>();
        List<int[]> states = new ArrayList<>();
        Node root = Node.root(m.snapshot(), Path.EMPTY, 0, -1, SleepEntry.NONE, -1);
        nodes.add(root);
        states.add(m.snapshot());
        Cursor cursor = new Cursor(m);
        // grow a random tree: pick a node, go there, step one of its transitions, keep the child
        while (nodes.size() < 600) {
            Node parent = nodes.get(r.nextInt(nodes.size()));
            cursor.moveTo(parent);
            if (m.status() != Status.RUNNING) {
                continue;
            }
            List<Transition> enabled = m.enabled();
            Transition t = enabled.get(r.nextInt(enabled.size()));
            int mark = m.mark();
            m.step(t);
            int[] child = m.snapshot();
            Node n = Node.child(parent, m.changesSince(mark), parent.path().then(t), 0, t.thread(), SleepEntry.NONE,
                    -1);
            m.undo(mark);
            assertThat(m.memory().holds(states.get(nodes.indexOf(parent)))).as("undo is back at the parent").isTrue();
            nodes.add(n);
            states.add(child);
        }
        // a second root, as a state resumed from a checkpoint
        Machine other = factory().boot();
        other.step(other.enabled().get(0));
        nodes.add(Node.root(other.snapshot(), Path.EMPTY, 0, -1, SleepEntry.NONE, -1));
        states.add(other.snapshot());
        for (int i = 0; i < 5_000; i++) {
            int k = r.nextInt(nodes.size());
            cursor.moveTo(nodes.get(k));
            assertThat(m.memory().holds(states.get(k))).as("at node %d after %d moves", k, i).isTrue();
            int words = m.memory().size();
            assertThat(m.fingerprint()).isEqualTo(Memory.fingerprint(java.util.Arrays.copyOf(states.get(k), words)));
        }
        Machine fresh = factory().boot();
        for (int k = 0; k < nodes.size(); k += 37) {
            Cursor.load(fresh, nodes.get(k));
            assertThat(fresh.memory().holds(states.get(k))).isTrue();
        }
    }
}
