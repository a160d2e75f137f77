/**
 * Console output shared by long-running commands: a progress line that updates in place on a terminal.
 * Exported for the shell's commands (machlab.shell depends on the explorer); not baselined yet (0.x).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.explore.console;
