/**
 * Analysis inputs over a {@link machlab.api.state.KernelState}: what the state shows decides which
 * evidence the input claims. Exported so that other bundles (the shell's {@code locks:analyze --lab})
 * can hand a state to the {@link machlab.api.analysis.AnalyzerRegistry}, and {@link machlab.locks.input.LabSource},
 * which the shell provides for the commands' {@code --lab}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package machlab.locks.input;
