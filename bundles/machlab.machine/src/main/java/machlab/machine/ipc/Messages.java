package machlab.machine.ipc;

import machlab.machine.core.Layout;
import machlab.machine.core.Memory;
import machlab.machine.core.ModelAssertionError;
import machlab.machine.core.Region;

/**
 * Kernel messages ({@code struct ipc_kmsg}, {@code ipc/ipc_kmsg.h}): a MIG routine id, a reply port,
 * up to three int arguments and one out-of-line region, a {@code vm_map_copy_t} held as a number the VM
 * model interprets (-1 when none).
 */
public final class Messages {

    static final int INUSE = 0;
    static final int ID = 1;
    static final int REPLY = 2;
    static final int ARG0 = 3;
    static final int COPY = 6;
    static final int FIELDS = 7;

    /** Number of int arguments a message carries. */
    public static final int ARGS = 3;

    private final Region region;
    private Memory mem;

    public Messages(Layout layout, int count) {
        this.region = layout.reserve("ipc.kmsgs", count, FIELDS);
    }

    public void bind(Memory memory) {
        this.mem = memory;
    }

    /** {@code ipc_kmsg_alloc}: a message with {@code id}, {@code reply} port (-1: none) and no data. */
    public int create(int id, int reply, int copy, int... args) {
        for (int k = 0; k < region.count(); k++) {
            if (mem.get(region.at(k, INUSE)) == 0) {
                mem.set(region.at(k, INUSE), 1);
                mem.set(region.at(k, ID), id);
                mem.set(region.at(k, REPLY), reply);
                for (int i = 0; i < ARGS; i++) {
                    mem.set(region.at(k, ARG0 + i), i < args.length ? args[i] : 0);
                }
                mem.set(region.at(k, COPY), copy);
                return k;
            }
        }
        throw new ModelAssertionError("ipc_kmsg_alloc: the model's message pool is full");
    }

    /** {@code ipc_kmsg_free}. */
    public void free(int k) {
        for (int f = 0; f < FIELDS; f++) {
            mem.set(region.at(k, f), 0);
        }
    }

    public int id(int k) {
        return mem.get(region.at(k, ID));
    }

    public int reply(int k) {
        return mem.get(region.at(k, REPLY));
    }

    public int arg(int k, int i) {
        return mem.get(region.at(k, ARG0 + i));
    }

    /** The out-of-line data's copy, or -1. */
    public int copy(int k) {
        return mem.get(region.at(k, COPY));
    }

    /** Replaces the copy (after copyout the message carries the address instead). */
    public void copy(int k, int copy) {
        mem.set(region.at(k, COPY), copy);
    }

    public void arg(int k, int i, int value) {
        mem.set(region.at(k, ARG0 + i), value);
    }

    public boolean inUse(int k) {
        return mem.get(region.at(k, INUSE)) != 0;
    }

    public int count() {
        return region.count();
    }
}
