/**
 * The scenario format: parsing, validation with line-numbered errors, and boot.
 * Exported for the shell and the explorer; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package machlab.vm.scenario;
