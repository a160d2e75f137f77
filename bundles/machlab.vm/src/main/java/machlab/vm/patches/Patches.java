package machlab.vm.patches;

import java.util.List;
import java.util.Map;
import machlab.api.patch.Patch;
import machlab.vm.map.VmMapProtect;
import org.osgi.service.component.annotations.Component;

/** The patches shipped with the VM model, each a {@link Patch} service. */
public final class Patches {

    private Patches() {
    }

    /** Every shipped patch, baseline first. */
    public static List<Patch> all() {
        return List.of(new Baseline(), new NaiveUnlock(), new InTransition(), new InTransitionProtectNoWait(),
                new MapBusy());
    }

    /** The shipped patch named {@code name} ({@link Patch#name()}), if there is one. */
    public static java.util.Optional<Patch> named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** GNU Mach master 40166870 as it is. */
    @Component(service = Patch.class, property = Patch.NAME + "=baseline")
    public static final class Baseline extends BuiltinPatch {
        public Baseline() {
            super("baseline", "GNU Mach master 40166870 as it is: the map read-held recursively across vm_fault",
                    List.of(), Map.of());
        }
    }

    /** The fix proposed in the seed mail, and nothing else. */
    @Component(service = Patch.class, property = Patch.NAME + "=naive-unlock")
    public static final class NaiveUnlock extends BuiltinPatch {
        public NaiveUnlock() {
            super("naive-unlock", "release the map read lock around vm_fault for pages that cannot be wired fast"
                    + " (the seed mail's proposal), nothing else",
                    List.of("nothing protects the entry while the map is unlocked: another thread can clip,"
                            + " reprotect or delete it under the walk"),
                    Map.of("vm_map_pageable_scan", NaivePageableScan::new));
        }
    }

    /** In-transition entries with a full unlock, and vm_map_protect waiting for them. */
    @Component(service = Patch.class, property = Patch.NAME + "=in-transition")
    public static final class InTransition extends BuiltinPatch {
        public InTransition() {
            super("in-transition", "mark the range in transition, unlock, wire by address, relock, clear and wake"
                    + " (FreeBSD MAP_ENTRY_IN_TRANSITION, OSF MK); vm_map_protect waits for entries in transition",
                    List.of("vm_map_inherit, clipping and vm_map_copyin still do not wait for entries in transition"
                            + " in GNU Mach; the model has no thread that calls them on the range"),
                    Map.of("vm_map_pageable_scan", InTransitionPageableScan::new,
                            "vm_map_protect", vm -> new VmMapProtect(vm, true)));
        }
    }

    /** OpenBSD/NetBSD: the map busy for writers, fully unlocked while faulting. */
    @Component(service = Patch.class, property = Patch.NAME + "=map-busy")
    public static final class MapBusy extends BuiltinPatch {
        public MapBusy() {
            super("map-busy", "vm_map_busy + a full unlock around the wiring faults; writers (vm_map_lock) wait"
                    + " while another thread keeps the map busy (OpenBSD b8462368, NetBSD uvm_map_pageable)",
                    List.of("busy defeats the rw lock's fairness (NetBSD's own comment); every writer of the map"
                            + " waits for the whole wiring, faults included"),
                    Map.of("vm_map_pageable_scan", MapBusyPageableScan::new, "vm_map_lock", MapBusyLock::new));
        }
    }

    /** The in-transition fix with GNU Mach's vm_map_protect, which does not wait (SPIN's PROT_NOWAIT). */
    @Component(service = Patch.class, property = Patch.NAME + "=in-transition-protect-nowait")
    public static final class InTransitionProtectNoWait extends BuiltinPatch {
        public InTransitionProtectNoWait() {
            super("in-transition-protect-nowait", "the in-transition fix with vm_map_protect left as GNU Mach has"
                    + " it (no wait for entries in transition)",
                    List.of("shows why a correct in-transition patch must change vm_map_protect too"),
                    Map.of("vm_map_pageable_scan", InTransitionPageableScan::new));
        }
    }
}
