package machlab.locks.facts;

import machlab.api.state.KernelThread;
import machlab.api.state.VmMap;

/** How findings name kernel things: as ddb would, so a reader can type the name back at a {@code db>} prompt. */
public final class Names {

    private Names() {
    }

    /** An address as ddb prints it with {@code /x}, with the {@code 0x} a reader pastes back. */
    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** {@code $taskN.M}. */
    public static String thread(KernelThread t) {
        return t.ddbName();
    }

    /** {@code $mapN} when the owning task is known, else the map's address. */
    public static String map(VmMap m) {
        return m.task().isPresent() ? "$map" + m.task().getAsInt() : "map " + hex(m.address());
    }

    /** {@code page 0x…}. */
    public static String page(long address) {
        return "page " + hex(address);
    }

    /** {@code port 0x…}. */
    public static String port(long address) {
        return "port " + hex(address);
    }

    /** {@code object 0x…}. */
    public static String object(long address) {
        return "object " + hex(address);
    }
}
