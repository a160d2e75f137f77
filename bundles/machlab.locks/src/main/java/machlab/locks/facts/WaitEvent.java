package machlab.locks.facts;

import java.util.Optional;
import machlab.api.state.IpcPort;
import machlab.api.state.KernelState;
import machlab.api.state.VmMap;
import machlab.api.state.VmObject;
import machlab.api.state.VmPage;

/**
 * What a thread's wait event stands for, classified as in the reference notes §6.8 from the addresses the
 * state knows: a map's address is its lock's address (sleepers in {@code lock_read}/{@code lock_write});
 * the map's address plus {@code sizeof(lock_data_t)} is {@code vm_map_entry_wait}; a page's address is
 * {@code PAGE_ASSERT_WAIT}; an object's address plus 1..4 is one of its events ({@code vm/vm_object.h}
 * 270-274); a port's address is a receive.
 */
public sealed interface WaitEvent {

    /** {@code sizeof(lock_data_t)} on x86_64 without MACH_LDEBUG: where {@code hdr} starts in {@code vm_map}. */
    long MAP_HEADER_OFFSET = 16;

    /** The event address. */
    long address();

    /** Sleeping in {@code lock_read}/{@code lock_write}/{@code lock_read_to_write} on a map's lock. */
    record MapLock(long address, VmMap map) implements WaitEvent {
    }

    /** {@code vm_map_entry_wait}: waiting for an entry to leave {@code in_transition}. */
    record MapEntry(long address, VmMap map) implements WaitEvent {
    }

    /** {@code PAGE_ASSERT_WAIT}: waiting for a busy page. */
    record Page(long address, VmPage page) implements WaitEvent {
    }

    /** An object event: 1 PAGER_READY, 2 PAGING_IN_PROGRESS, 3 ABSENT_COUNT, 4 LOCK_IN_PROGRESS. */
    record ObjectEvent(long address, VmObject object, int event) implements WaitEvent {
    }

    /** Blocked in a receive on a port: idle until a message comes. */
    record Receive(long address, IpcPort port) implements WaitEvent {
    }

    /** An address the state does not know. */
    record Unknown(long address) implements WaitEvent {
    }

    /** Classifies {@code address} against what {@code state} shows. */
    static WaitEvent classify(KernelState state, long address) {
        Optional<VmMap> map = state.mapAt(address).filter(m -> m.address() != 0);
        if (map.isPresent()) {
            return new MapLock(address, map.get());
        }
        Optional<VmPage> page = state.pageAt(address);
        if (page.isPresent()) {
            return new Page(address, page.get());
        }
        Optional<IpcPort> port = state.ports().stream().filter(p -> p.address() == address).findFirst();
        if (port.isPresent()) {
            return new Receive(address, port.get());
        }
        Optional<VmMap> header = state.mapAt(address - MAP_HEADER_OFFSET).filter(m -> m.address() != 0);
        if (header.isPresent()) {
            return new MapEntry(address, header.get());
        }
        for (int e = 1; e <= 4; e++) {
            Optional<VmObject> o = state.objectAt(address - e);
            if (o.isPresent()) {
                return new ObjectEvent(address, o.get(), e);
            }
        }
        return new Unknown(address);
    }
}
