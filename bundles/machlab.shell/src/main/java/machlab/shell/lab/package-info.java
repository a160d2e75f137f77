/**
 * What the shell has booted, for bundles that keep a lab's work across restarts (machlab.session).
 * Not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.shell.lab;
