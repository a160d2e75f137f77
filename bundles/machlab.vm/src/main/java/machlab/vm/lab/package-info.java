/**
 * The GNU Mach VM model as the shell and the explorer drive it: boot, step, run, state.
 * Exported for the shell and the explorer; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package machlab.vm.lab;
