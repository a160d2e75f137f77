package machlab.api.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A port ({@code struct ipc_port}, {@code ipc/ipc_port.h}) and its message queue.
 *
 * @param address the {@code ipc_port_t} address
 * @param name what the port is for ({@code default_pager}, {@code device}), when known
 * @param receiverTask the position of the task holding the receive right, when known
 * @param queue the queued messages, oldest first
 * @param provenance where the port came from
 */
public record IpcPort(long address, Optional<String> name, OptionalInt receiverTask, List<IpcMessage> queue,
        Provenance provenance) {

    public IpcPort {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(receiverTask, "receiverTask");
        queue = List.copyOf(queue);
        Objects.requireNonNull(provenance, "provenance");
    }
}
