package machlab.locks.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import machlab.api.state.IpcPort;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.PageFlag;
import machlab.api.state.Provenance;
import machlab.api.state.Task;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;
import machlab.locks.facts.MapLockFacts;
import machlab.locks.facts.Names;
import machlab.locks.facts.Sleep;
import machlab.locks.facts.WaitEvent;

/**
 * Draws the wait-for graph of a {@link KernelState}, reading only what the state shows:
 * <ul>
 * <li>a thread whose wait event is a map's address waits for that map's lock; one whose event is a page
 * waits for that page (§6.8 of the reference notes);</li>
 * <li>a map lock with a recursive owner waits for that owner ({@code kern/lock.c}: nobody else can get
 * it before the owner's last {@code lock_done});</li>
 * <li>a busy, absent page waits for its object's pager to supply it ({@code vm/vm_fault.c}: the fault
 * that made it absent sent {@code memory_object_data_request} and sleeps until {@code data_supply});</li>
 * <li>a pager port waits for any thread of the task holding its receive right.</li>
 * </ul>
 * What it cannot draw becomes a {@link Gap} naming the ddb commands that would show the next fact.
 */
public final class WaitForGraphBuilder {

    private final KernelState state;
    private final WaitForGraph graph = new WaitForGraph();

    private WaitForGraphBuilder(KernelState state) {
        this.state = state;
    }

    /** The wait-for graph of {@code state}. */
    public static WaitForGraph build(KernelState state) {
        WaitForGraphBuilder b = new WaitForGraphBuilder(state);
        b.threads();
        b.maps();
        return b.graph;
    }

    private void threads() {
        for (Task task : state.tasks()) {
            for (KernelThread t : task.threads()) {
                graph.add(thread(t));
                if (t.waitEvent().isPresent()) {
                    waitsOn(t, WaitEvent.classify(state, t.waitEvent().getAsLong()));
                } else if (Sleep.asleep(t)) {
                    sleepWithoutEvent(t);
                }
            }
        }
    }

    private void waitsOn(KernelThread t, WaitEvent event) {
        Node me = thread(t);
        String where = Sleep.sleptIn(t).map(f -> " in " + f).orElse("");
        if (event instanceof WaitEvent.MapLock m) {
            graph.add(new Edge(me, map(Names.map(m.map())),
                    Names.thread(t) + " sleeps" + where + " on " + Names.map(m.map()) + "'s lock" + lockWish(t),
                    List.of(t.provenance(), m.map().provenance())));
        } else if (event instanceof WaitEvent.Page p) {
            Node page = page(p.page().address());
            graph.add(new Edge(me, page, Names.thread(t) + " sleeps" + where + " on " + Names.page(p.address())
                    + " (" + flags(p.page()) + ")", List.of(t.provenance(), p.page().provenance())));
            pageWaits(page, p.page());
        } else if (event instanceof WaitEvent.MapEntry e) {
            graph.add(new Edge(me, outside("entry-wait:" + e.address(), "an in_transition entry of " + Names.map(e.map())),
                    Names.thread(t) + " waits for an entry of " + Names.map(e.map()) + " to leave in_transition",
                    List.of(t.provenance())));
        } else if (event instanceof WaitEvent.ObjectEvent o) {
            graph.add(new Edge(me, outside("object-event:" + o.address(),
                    Names.object(o.object().address()) + " event " + o.event()),
                    Names.thread(t) + " waits on event " + o.event() + " of " + Names.object(o.object().address()),
                    List.of(t.provenance())));
        } else if (event instanceof WaitEvent.Unknown u && t.waitSymbol().isPresent()) {
            // ddb printed it as a kernel symbol (vm_page_alloc_paused, vm_pageout_requested): a global
            // event, outside the locks drawn here
            graph.add(new Edge(me, outside("symbol:" + t.waitSymbol().get(), t.waitSymbol().get()),
                    Names.thread(t) + " waits on " + t.waitSymbol().get(), List.of(t.provenance())));
        } else if (event instanceof WaitEvent.Unknown u) {
            unknownEvent(t, u.address());
        }
        // WaitEvent.Receive: an idle receiver has no edge; it is what lets its port progress
    }

    /** What the stack says the thread wants from a lock it sleeps on. */
    private static String lockWish(KernelThread t) {
        if (Sleep.calls(t, "lock_read_to_write")) {
            return ", to upgrade its read hold (want_upgrade)";
        }
        if (Sleep.calls(t, "lock_write")) {
            return ", to write it (lock_write" + Sleep.functions(t).stream()
                    .filter(f -> f.startsWith("vm_map_") && !f.equals("vm_map_lock")).findFirst()
                    .map(f -> " from " + f).orElse("") + ")";
        }
        if (Sleep.calls(t, "lock_read")) {
            return ", to read it (lock_read)";
        }
        return "";
    }

    private void pageWaits(Node page, VmPage p) {
        if (!p.has(PageFlag.BUSY)) {
            return; // not busy: the waiter's wakeup is already due
        }
        if (!p.has(PageFlag.ABSENT)) {
            graph.add(new Edge(page, outside("busy:" + p.address(), "the owner of the busy bit"),
                    Names.page(p.address()) + " is busy but not absent: a pageout or another fault owns it",
                    List.of(p.provenance())));
            return;
        }
        if (p.object().isEmpty()) {
            graph.add(new Gap(page, "the object of busy absent " + Names.page(p.address()),
                    List.of("show page " + Names.hex(p.address())), List.of(p.provenance())));
            return;
        }
        long objectAddress = p.object().getAsLong();
        Optional<VmObject> object = state.objectAt(objectAddress);
        if (object.isEmpty() || object.get().pager().isEmpty()) {
            graph.add(new Gap(page, "the pager of " + Names.object(objectAddress)
                    + ", which must supply absent " + Names.page(p.address()),
                    List.of("show object " + Names.hex(objectAddress)), List.of(p.provenance())));
            return;
        }
        long pager = object.get().pager().getAsLong();
        Optional<IpcPort> port = state.ports().stream().filter(q -> q.address() == pager).findFirst();
        String whose = object.get().internal().orElse(false) ? "the default pager's" : "its pager's";
        graph.add(new Edge(page, port(pager), Names.page(p.address()) + " is absent in "
                + Names.object(objectAddress) + (object.get().internal().orElse(false) ? " (internal)" : "")
                + ", so it stays busy until " + whose + " port " + Names.hex(pager)
                + " answers the memory_object_data_request with the data",
                List.of(p.provenance(), object.get().provenance())));
        if (port.isEmpty()) {
            graph.add(new Gap(port(pager), "who receives from pager " + Names.port(pager),
                    List.of("show port " + Names.hex(pager), "show all threads"), List.of(object.get().provenance())));
        } else {
            portWaits(port.get());
        }
    }

    private void portWaits(IpcPort port) {
        Node me = port(port.address());
        if (port.receiverTask().isEmpty()) {
            graph.add(new Gap(me, "the task holding the receive right of "
                    + Names.port(port.address()), List.of("show port " + Names.hex(port.address())),
                    List.of(port.provenance())));
            return;
        }
        int r = port.receiverTask().getAsInt();
        List<KernelThread> receivers = state.task(r).map(Task::threads).orElse(List.of());
        if (receivers.isEmpty()) {
            graph.add(new Gap(me, "the threads of task " + r + ", which receive from "
                    + Names.port(port.address()), List.of("show all threads"), List.of(port.provenance())));
            return;
        }
        String queue = Messages.describeQueue(port);
        String all = receivers.stream().map(Names::thread).collect(Collectors.joining(", "));
        for (KernelThread t : receivers) {
            graph.add(new Edge(me, thread(t), Names.port(port.address()) + " " + queue + "; only task " + r
                    + taskName(r) + " receives from it, so only its threads " + all + " can serve the request",
                    List.of(port.provenance(), t.provenance())));
        }
    }

    private String taskName(int r) {
        return state.task(r).flatMap(Task::name).map(n -> " (" + n + ")").orElse("");
    }

    private void maps() {
        for (MapLockFacts f : MapLockFacts.of(state)) {
            Node map = map(f.mapName());
            if (f.ownerHolds()) {
                Node owner = f.owner().map(WaitForGraphBuilder::thread)
                        .orElseGet(() -> graph.add(new Node(Node.Kind.THREAD, "thread:" + Names.hex(f.lock().thread()),
                                f.ownerName())));
                graph.add(new Edge(map, owner, f.mapName() + " is held " + f.ownerMode() + " by " + f.ownerName()
                        + " (recursive owner, read_count " + f.lock().readCount() + ", recursion_depth "
                        + f.lock().recursionDepth() + ")", List.of(f.lock().provenance())));
            }
            if ((f.lock().wantWrite() || f.lock().wantUpgrade()) && f.writerQueued() && f.sleepers(state).isEmpty()) {
                writerNotShown(f);
            }
        }
    }

    private void writerNotShown(MapLockFacts f) {
        List<String> commands = new ArrayList<>();
        commands.add("show all threads");
        if (f.map().address() == 0) {
            commands.add("print $map" + f.task().map(String::valueOf).orElse("N"));
        }
        f.task().ifPresent(n -> commands.add("trace/t $task" + n + ".K for each thread K of task " + n
                + otherThan(n)));
        graph.add(new Gap(map(f.mapName()), "the thread that set " + (f.lock().wantWrite() ? "want_write" : "want_upgrade")
                + " on " + f.mapName() + " (it sleeps on " + f.mapName() + "'s address, in lock_write or"
                + " lock_read_to_write), and any other sleeper on that lock", commands, List.of(f.lock().provenance())));
    }

    private String otherThan(int task) {
        List<String> shown = state.task(task).map(Task::threads).orElse(List.of()).stream()
                .map(t -> String.valueOf(t.index())).toList();
        return shown.isEmpty() ? "" : " other than " + String.join(", ", shown);
    }

    private void sleepWithoutEvent(KernelThread t) {
        String in = Sleep.sleptIn(t).orElse("thread_block");
        List<String> commands = new ArrayList<>(List.of("show all threads"));
        if (in.equals("vm_fault_page")) {
            commands.add("show page <its wait event>");
            commands.add("show object <the page's object>");
        } else {
            commands.add("whatis <its wait event>");
        }
        graph.add(new Gap(thread(t), "the wait event of " + Names.thread(t) + ", which sleeps in " + in,
                commands, List.of(t.provenance())));
    }

    private void unknownEvent(KernelThread t, long event) {
        String in = Sleep.sleptIn(t).orElse("");
        String command = in.equals("vm_fault_page") ? "show page " + Names.hex(event) : "whatis " + Names.hex(event);
        graph.add(new Gap(thread(t), "what event " + Names.hex(event) + " of " + Names.thread(t) + " is",
                List.of(command), List.of(t.provenance())));
    }

    private static Node thread(KernelThread t) {
        return new Node(Node.Kind.THREAD, "thread:" + t.ddbName(), t.ddbName());
    }

    private Node map(String name) {
        return graph.add(new Node(Node.Kind.MAP, "map:" + name, name));
    }

    private Node page(long address) {
        return graph.add(new Node(Node.Kind.PAGE, "page:" + Names.hex(address), Names.page(address)));
    }

    private Node port(long address) {
        return graph.add(new Node(Node.Kind.PORT, "port:" + Names.hex(address), Names.port(address)));
    }

    private Node outside(String id, String name) {
        return graph.add(new Node(Node.Kind.OUTSIDE, "outside:" + id, name));
    }

    private static String flags(VmPage p) {
        return p.flags().stream().sorted().map(f -> f.name().toLowerCase()).collect(Collectors.joining(" "));
    }

}
