/**
 * The GNU Mach VM model's core: {@link machlab.vm.VmSystem} (structures and routines bound to one machine),
 * {@link machlab.vm.KernelRoutine} and {@link machlab.vm.RoutineFactory}. Exported so that patches, which
 * replace kernel routines, can be written outside this bundle; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.vm;
