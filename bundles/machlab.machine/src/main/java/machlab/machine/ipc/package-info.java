/**
 * The emulated machine: ports and message queues.
 * Exported for the VM model and the explorer; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.machine.ipc;
