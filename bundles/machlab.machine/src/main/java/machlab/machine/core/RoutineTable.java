package machlab.machine.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the routines of a machine: a frame in memory holds the number, not the object. */
public final class RoutineTable {

    private final List<Routine> byId = new ArrayList<>();
    private final Map<Routine, Integer> ids = new IdentityHashMap<>();

    /** Registers {@code r} (once; registering it again returns its number). */
    public int add(Routine r) {
        return ids.computeIfAbsent(r, x -> {
            byId.add(x);
            return byId.size() - 1;
        });
    }

    /** The number of a registered routine. */
    public int id(Routine r) {
        Integer id = ids.get(r);
        if (id == null) {
            throw new IllegalStateException("routine " + r.name() + " was not registered with the machine");
        }
        return id;
    }

    /** The routine numbered {@code id}. */
    public Routine get(int id) {
        return byId.get(id);
    }
}
