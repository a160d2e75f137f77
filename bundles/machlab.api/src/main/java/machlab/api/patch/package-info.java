/**
 * Patches: bundles that replace kernel routines of the emulated GNU Mach, so the explorer can judge a
 * proposed fix against the baseline.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package machlab.api.patch;
