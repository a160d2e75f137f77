/**
 * The ddb front end of the emulated machine: {@link machlab.ddb.frontend.DdbFrontEnd} answers ddb command
 * lines over a {@link machlab.api.state.KernelState} and a {@link machlab.ddb.frontend.MemoryImage} with the
 * exact bytes GNU Mach's x86_64 ddb (master 40166870) prints: column tracking and TAB folding
 * ({@code ddb/db_output.c}), {@code _doprnt} ({@code kern/printf.c}), {@code x} and {@code print}
 * ({@code ddb/db_examine.c}), {@code trace} ({@code i386/i386/db_trace.c}), {@code show} of tasks and threads
 * ({@code ddb/db_print.c}) and of maps, objects and pages ({@code vm/vm_map.c}, {@code vm/vm_object.c},
 * {@code vm/vm_resident.c}).
 *
 * <p>Where the state lacks a fact a command prints, each printer documents what it prints instead: what the
 * kernel prints for "nothing there" (0, an empty name, {@code ?}), the value the kernel initialises the
 * field with ({@code vm_object_template}, {@code vm_map_setup}), or nothing at all for an item that would
 * otherwise have to be made up.
 *
 * <p>Exported for the shell; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.ddb.frontend;
