/**
 * Analysis inputs over a {@link machlab.api.state.KernelState}: what the state shows decides which
 * evidence the input claims. Exported so that other bundles (the shell's {@code locks:analyze --lab})
 * can hand a state to the {@link machlab.api.analysis.AnalyzerRegistry}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.locks.input;
