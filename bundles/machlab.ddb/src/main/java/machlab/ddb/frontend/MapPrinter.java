package machlab.ddb.frontend;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import machlab.api.state.VmMap;
import machlab.api.state.VmMapEntry;
import machlab.api.state.VmObject;
import machlab.api.state.VmProt;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.ParsedCommand;

/**
 * {@code show map [addr]}: {@code vm_map_print} of GNU Mach {@code vm/vm_map.c} (master 40166870), printed
 * with {@code iprintf} (straight to the console) and {@code printf}, which {@code vm/vm_map.c} defines as
 * {@code kdbprintf} = {@code db_printf} (column tracking, TABs, the wrap at {@code $maxwidth}). No lock state is printed: that is what {@code x} is for.
 *
 * <p>What the state model lacks is decided as follows, and computed where the kernel's own counters
 * follow from the entries: {@code nentries}, {@code size} (sum of entry sizes), {@code wired}
 * ({@code size_wired}: entries with a non-zero {@code wired_count}) and {@code none} ({@code size_none}:
 * entries whose maximum protection is {@code VM_PROT_NONE}). The map's name is its task's name
 * ({@code task_create_kernel} points {@code map->name} at {@code task->name}, {@code kern/task.c}), empty
 * when the task or its name is unknown; the pmap prints as 0, {@code ref_count} as 1 (as
 * {@code vm_map_setup} leaves it), {@code resident} and the two limits 0; every entry inherits
 * {@code copy} ({@code VM_INHERIT_DEFAULT}), none is a submap or shared. An entry's object block is left
 * out when the state does not hold the object, rather than printing a made-up object.
 */
final class MapPrinter implements CommandHandler {

    private static final String[] INHERITANCE = {"share", "copy", "none"};
    private static final int VM_INHERIT_DEFAULT = 1;

    @Override
    public void run(ParsedCommand cmd, DdbContext ddb) {
        long address;
        if (cmd.haveAddr()) {
            address = cmd.addr();
        } else {
            // current_thread()->task->map: without a current thread the real kernel would fault
            OptionalLong map = ddb.currentTask().map(ddb.view::mapOf).orElse(OptionalLong.empty());
            if (map.isEmpty()) {
                throw new DdbAbort("No thread\n");
            }
            address = map.getAsLong();
        }
        Optional<VmMap> map = ddb.view.mapAt(address);
        if (map.isEmpty()) {
            // vm_map_print reads whatever is at addr; the state has no map there, so it reads as unmapped
            throw ddb.fault(address);
        }
        print(ddb, map.get());
    }

    private static void print(DdbContext ddb, VmMap map) {
        DdbOutput out = ddb.out();
        List<VmMapEntry> entries = map.entries().orElse(List.of());
        long size = 0;
        long wired = 0;
        long none = 0;
        for (VmMapEntry e : entries) {
            long s = e.end() - e.start();
            size += s;
            wired += e.wiredCount() != 0 ? s : 0;
            none += e.maxProtection() == VmProt.NONE ? s : 0;
        }
        out.iprintf(0, "Map 0x%X: name=\"%s\", pmap=0x%X,", map.address(), name(ddb, map), 0L);
        out.printf("ref=%d,nentries=%d\n", 1, entries.size());
        out.printf("size=%lu,resident:%lu,wired=%lu,none=%lu\n", size, 0L, wired, none);
        out.printf("max_limit=%lu,cur_limit=%lu\n", 0L, 0L);
        out.printf("version=%d\n", map.timestamp().orElse(0));
        VmMapEntry previous = null;
        for (VmMapEntry e : entries) {
            entry(ddb, e, previous);
            previous = e;
        }
    }

    /** {@code map->name}: the name of the task whose map this is. */
    private static String name(DdbContext ddb, VmMap map) {
        return ddb.view.state().tasks().stream()
                .filter(t -> ddb.view.mapOf(t).equals(OptionalLong.of(map.address())))
                .findFirst()
                .or(() -> map.task().isPresent() ? ddb.view.task(map.task().getAsInt()) : Optional.empty())
                .flatMap(t -> t.name())
                .orElse("");
    }

    private static void entry(DdbContext ddb, VmMapEntry e, VmMapEntry previous) {
        DdbOutput out = ddb.out();
        out.iprintf(1, "map entry 0x%X: ", e.address().orElse(0));
        out.printf("start=0x%X, end=0x%X\n", e.start(), e.end());
        out.iprintf(1, "prot=%X/%X/%s, ", e.protection(), e.maxProtection(), INHERITANCE[VM_INHERIT_DEFAULT]);
        if (e.wiredCount() != 0) {
            out.printf("wired, ");
        }
        if (e.inTransition()) {
            out.printf("in transition");
            if (e.needsWakeup()) {
                out.printf("(wake request)");
            }
            out.printf(", ");
        }
        out.printf("object=0x%X, offset=0x%X", e.object().orElse(0), e.offset());
        if (e.needsCopy()) {
            out.printf(", copy needed");
        }
        out.printf("\n");
        if (previous == null || !previous.object().equals(e.object())) {
            Optional<VmObject> object = e.object().isPresent()
                    ? ddb.view.state().objectAt(e.object().getAsLong()) : Optional.empty();
            object.ifPresent(o -> ObjectPrinter.print(ddb, o, e.offset(), e.end() - e.start(), 2));
        }
    }
}
