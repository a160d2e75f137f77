package machlab.api.patch;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A change to the emulated kernel, registered as a service. Third parties implement it.
 *
 * <p>A patch names the GNU Mach functions it replaces ({@code vm_map_pageable_scan}, say) and hands the
 * VM model a replacement for each. The routine types are defined by the VM model bundle
 * ({@code machlab.vm}), so this API stays independent of it: the model asks
 * {@link #routine(String, Class)} with its own interface for that function.
 */
@ConsumerType
public interface Patch {

    /** Service property: the patch's name ({@code String}). */
    String NAME = "machlab.patch.name";

    /** A short name: {@code baseline}, {@code naive-unlock}, {@code in-transition}. */
    String name();

    /** What the patch does and where it comes from, in a sentence or two. */
    String description();

    /** The GNU Mach functions it replaces. Empty for the baseline. */
    Set<String> replaces();

    /** What the patch leaves out or what is known to be wrong with it. */
    List<String> caveats();

    /**
     * The replacement for {@code function}, when this patch replaces it and offers it as
     * {@code routineType}.
     */
    <R> Optional<R> routine(String function, Class<R> routineType);
}
