/**
 * Transcript dialects: readers of what a kernel debugger printed (GNU Mach ddb, the BSDs' ddb), chosen
 * by detection from the text. A dialect splits a transcript into commands and their output and decodes
 * it into a {@link machlab.api.state.KernelState}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package machlab.api.transcript;
