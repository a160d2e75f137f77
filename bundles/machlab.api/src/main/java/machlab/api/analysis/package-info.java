/**
 * Analyzers: the SPI third parties implement ({@link machlab.api.analysis.Analyzer}), the registry that
 * runs them ({@link machlab.api.analysis.AnalyzerRegistry}) and the findings they produce.
 *
 * <p>Analyzers are whiteboard services. Clients never look them up directly: they go through the
 * registry, which runs each one contained and reports a failed analyzer separately from its findings.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package machlab.api.analysis;
