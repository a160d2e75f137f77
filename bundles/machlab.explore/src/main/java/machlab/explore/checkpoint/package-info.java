/**
 * Checkpoints of long searches: the policy a session (or any bundle) offers, and the files the explorer
 * writes so an interrupted search resumes where it was. Not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.explore.checkpoint;
