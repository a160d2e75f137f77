/**
 * The wait-for graph of a kernel state: its vertices and edges, the vertices that can never progress,
 * its cycles told in words, and the gaps where the state stops it short. Exported so that other bundles
 * (the HTML reports of {@code machlab.report}) draw the graph the analyzers reason on rather than a copy.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.locks.graph;
