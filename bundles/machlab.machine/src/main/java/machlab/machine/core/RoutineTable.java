package machlab.machine.core;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/** Numbers the routines of a machine: a frame in memory holds the number, not the object. */
public final class RoutineTable {

    private Routine[] byId = new Routine[64];
    /** Each routine's {@link Routine#locals()}, read on every call and return (an interface call otherwise). */
    private int[] locals = new int[64];
    private int count;
    private final Map<Routine, Integer> ids = new IdentityHashMap<>();

    /** Registers {@code r} (once; registering it again returns its number). */
    public int add(Routine r) {
        return ids.computeIfAbsent(r, x -> {
            if (count == byId.length) {
                byId = Arrays.copyOf(byId, count * 2);
                locals = Arrays.copyOf(locals, count * 2);
            }
            byId[count] = x;
            locals[count] = x.locals();
            if (x instanceof NamedRoutine n) {
                n.numbered(this, count);
            }
            return count++;
        });
    }

    /** The number of a registered routine. */
    public int id(Routine r) {
        // every call and continuation asks: a routine remembers its number in the table that owns it
        if (r instanceof NamedRoutine n && n.table() == this) {
            return n.id();
        }
        Integer id = ids.get(r);
        if (id == null) {
            throw new IllegalStateException("routine " + r.name() + " was not registered with the machine");
        }
        return id;
    }

    /** The locals routine {@code id} declares. */
    public int locals(int id) {
        if (id < 0 || id >= count) {
            throw new IllegalStateException("no routine numbered " + id + " (" + count + " registered)");
        }
        return locals[id];
    }

    /** The routine numbered {@code id}. */
    public Routine get(int id) {
        if (id < 0 || id >= count) {
            throw new IllegalStateException("no routine numbered " + id + " (" + count + " registered)");
        }
        return byId[id];
    }
}
