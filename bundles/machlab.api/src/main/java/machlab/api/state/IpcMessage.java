package machlab.api.state;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A queued message ({@code struct ipc_kmsg}, {@code ipc/ipc_kmsg.h}).
 *
 * @param id {@code msgh_id}
 * @param routine the MIG routine the id stands for ({@code memory_object_data_request}), when known
 * @param outOfLineBytes bytes of out-of-line memory the message carries (0 when none)
 * @param copyAddress the {@code vm_map_copy_t} of the out-of-line data, when known
 * @param provenance where the message came from
 */
public record IpcMessage(int id, Optional<String> routine, long outOfLineBytes, OptionalLong copyAddress,
        Provenance provenance) {

    public IpcMessage {
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(copyAddress, "copyAddress");
        Objects.requireNonNull(provenance, "provenance");
    }
}
