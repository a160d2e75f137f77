package machlab.locks.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import machlab.api.state.IpcMessage;
import machlab.api.state.IpcPort;

/** Queued messages in words, naming the MIG routine when the state or the id tells it. */
final class Messages {

    /**
     * {@code msgh_id}s of GNU Mach {@code include/mach/memory_object.defs} (subsystem 2200), the kernel's
     * requests to a pager, for states that carry the id but not the routine's name.
     */
    private static final Map<Integer, String> MEMORY_OBJECT = Map.of(
            2200, "memory_object_init",
            2201, "memory_object_terminate",
            2202, "memory_object_copy",
            2203, "memory_object_data_request",
            2204, "memory_object_data_unlock");

    private Messages() {
    }

    static String routine(IpcMessage m) {
        return m.routine().orElseGet(() -> MEMORY_OBJECT.getOrDefault(m.id(), "message id " + m.id()));
    }

    static String describeQueue(IpcPort port) {
        List<IpcMessage> q = port.queue();
        if (q.isEmpty()) {
            return "has an empty queue: any request sent to it was already received";
        }
        return "holds " + q.size() + (q.size() == 1 ? " message" : " messages") + " not yet received ("
                + q.stream().map(Messages::routine).collect(Collectors.joining(", ")) + ")";
    }
}
