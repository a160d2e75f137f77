/**
 * Scenario sources: where the scenarios the emulated machine can boot come from (the built-in cases, a
 * user's directory, a third-party bundle).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package machlab.api.scenario;
