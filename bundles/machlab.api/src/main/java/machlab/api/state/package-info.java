/**
 * The one read-only model of kernel state that every part of Machlab shares.
 *
 * <p>Both the emulator and the ddb transcript parser produce a {@link machlab.api.state.KernelState};
 * every analyzer reads only it. Names mirror GNU Mach ({@code vm_map} is {@link machlab.api.state.VmMap},
 * {@code lock_t} of {@code kern/lock.h} is {@link machlab.api.state.Lock}), and every value carries its
 * {@link machlab.api.state.Provenance}: exact (from the emulator) or the transcript lines it came from.
 * A fact the source does not show is absent ({@code Optional.empty()}), never guessed.
 *
 * <p>All types here are immutable values: records whose lists are unmodifiable copies.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package machlab.api.state;
