package machlab.locks.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.IpcMessage;
import machlab.api.state.IpcPort;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.Lock;
import machlab.api.state.Task;
import machlab.api.state.ThreadState;
import machlab.api.state.VmMap;
import machlab.api.state.VmObject;
import machlab.locks.fixtures.States;
import org.junit.jupiter.api.Test;

/**
 * What makes the emulated hang a deadlock, changed one fact at a time: each change that frees a way
 * out must make the cycle go away.
 */
class DeadlockTest {

    @Test
    void theHangIsStuckThreadsPagePortAndMap() throws Exception {
        WaitForGraph g = WaitForGraphBuilder.build(States.emulatedHang());

        assertThat(Deadlock.stuck(g)).extracting(Node::kind).containsExactlyInAnyOrder(Node.Kind.THREAD,
                Node.Kind.THREAD, Node.Kind.PAGE, Node.Kind.PORT, Node.Kind.MAP);
    }

    @Test
    void anIdleDefaultPagerThreadReceivingOnThePortBreaksTheCycle() throws Exception {
        KernelState hang = States.emulatedHang();
        long pager = pagerPort(hang);
        KernelThread idle = new KernelThread(21, 6, OptionalLong.of(0xffffffffdf9cb000L), Optional.of("default_pager"),
                Optional.of(ThreadState.parse(".W.O..P")), OptionalLong.of(pager), Optional.empty(),
                Optional.of("mach_msg_continue"), Optional.empty(), hang.task(21).orElseThrow().provenance());

        WaitForGraph g = WaitForGraphBuilder.build(withThread(hang, idle));

        assertThat(Deadlock.stuck(g)).isEmpty();
    }

    @Test
    void aMapLockWithoutItsRecursiveOwnerLeavesNoCycle() throws Exception {
        KernelState hang = States.emulatedHang();
        List<VmMap> maps = new ArrayList<>();
        for (VmMap m : hang.maps()) {
            Lock l = m.lock().orElseThrow();
            Lock unowned = new Lock(Lock.NO_OWNER, l.readCount(), l.wantUpgrade(), l.wantWrite(), l.waiting(),
                    l.canSleep(), l.recursionDepth(), l.interlock(), l.provenance());
            maps.add(new VmMap(m.address(), m.task(), Optional.of(unowned), m.entries(), m.timestamp(),
                    m.wiringRequired(), m.provenance()));
        }
        KernelState s = new KernelState(hang.origin(), hang.tasks(), maps, hang.objects(), hang.pages(), hang.ports(),
                hang.simpleLocks());

        assertThat(Deadlock.stuck(WaitForGraphBuilder.build(s))).isEmpty();
    }

    @Test
    void aDataRequestStillQueuedOnThePagerPortIsNamedInTheStory() throws Exception {
        KernelState hang = States.emulatedHang();
        long pager = pagerPort(hang);
        List<IpcPort> ports = new ArrayList<>();
        for (IpcPort p : hang.ports()) {
            ports.add(p.address() != pager ? p : new IpcPort(p.address(), p.name(), p.receiverTask(),
                    List.of(new IpcMessage(2203, Optional.empty(), 0, OptionalLong.empty(), p.provenance())),
                    p.provenance()));
        }
        KernelState s = new KernelState(hang.origin(), hang.tasks(), hang.maps(), hang.objects(), hang.pages(), ports,
                hang.simpleLocks());
        WaitForGraph g = WaitForGraphBuilder.build(s);
        Node t4 = g.nodes().stream().filter(n -> n.name().equals("$task21.4")).findFirst().orElseThrow();

        Cycle c = Cycle.through(g, Deadlock.stuck(g), t4).orElseThrow();

        assertThat(c.story().lines().toList().get(2)).isEqualTo("3. port 0x" + Long.toHexString(pager)
                + " holds 1 message not yet received (memory_object_data_request); only task 21 (mach-defpager)"
                + " receives from it, so only its threads $task21.4, $task21.5 can serve the request, and every one"
                + " of them is stuck: the chain goes on through $task21.5.");
    }

    private static long pagerPort(KernelState s) {
        long event = s.thread(21, 4).orElseThrow().waitEvent().getAsLong();
        long object = s.pageAt(event).orElseThrow().object().getAsLong();
        return s.objectAt(object).flatMap(o -> o.pager().isPresent() ? Optional.of(o) : Optional.<VmObject>empty())
                .orElseThrow().pager().getAsLong();
    }

    private static KernelState withThread(KernelState s, KernelThread extra) {
        List<Task> tasks = new ArrayList<>();
        for (Task t : s.tasks()) {
            List<KernelThread> threads = new ArrayList<>(t.threads());
            if (t.index() == extra.task()) {
                threads.add(extra);
            }
            tasks.add(new Task(t.index(), t.address(), t.name(), t.map(), threads, t.provenance()));
        }
        return new KernelState(s.origin(), tasks, s.maps(), s.objects(), s.pages(), s.ports(), s.simpleLocks());
    }
}
