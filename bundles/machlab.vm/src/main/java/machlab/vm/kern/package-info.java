/**
 * The model of {@code kern/lock.c}: lock storage and the lock routines.
 * Exported for patches; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package machlab.vm.kern;
