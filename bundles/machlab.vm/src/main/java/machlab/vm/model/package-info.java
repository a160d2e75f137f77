/**
 * The VM model's structures in machine memory: maps, entries, objects, pages, copies.
 * Exported for patches; not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.vm.model;
