/**
 * The emulated machine: memory as a value, threads as step machines, events, choice points.
 * Exported for the VM model and the explorer; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package machlab.machine.core;
