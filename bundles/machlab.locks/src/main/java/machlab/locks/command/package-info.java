/**
 * The {@code locks:} Gogo commands and the data they return. Exported so that the shell can offer
 * {@code locks:analyze --lab} through {@link machlab.locks.command.LocksCommands#analyzeState}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.locks.command;
