package machlab.vm.patches;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import machlab.api.patch.Patch;
import machlab.vm.RoutineFactory;

/** A patch shipped with the VM model: a name, what it does, and the routines it replaces. */
abstract class BuiltinPatch implements Patch {

    private final String name;
    private final String description;
    private final List<String> caveats;
    private final Map<String, RoutineFactory> routines;

    BuiltinPatch(String name, String description, List<String> caveats, Map<String, RoutineFactory> routines) {
        this.name = name;
        this.description = description;
        this.caveats = List.copyOf(caveats);
        this.routines = Map.copyOf(routines);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> replaces() {
        return routines.keySet();
    }

    @Override
    public List<String> caveats() {
        return caveats;
    }

    @Override
    public <R> Optional<R> routine(String function, Class<R> routineType) {
        RoutineFactory f = routines.get(function);
        return f != null && routineType.isInstance(f) ? Optional.of(routineType.cast(f)) : Optional.empty();
    }
}
