/**
 * The explorer: a model checker for the emulated machine. {@link machlab.explore.Explorer} searches the
 * schedules of a booted scenario for a deadlock or a violation and returns a replayable counterexample.
 * Exported for the shell, the patch simulator and users' bundles; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.explore;
