package machlab.ddb.frontend;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import machlab.api.state.KernelState;
import machlab.api.state.LockLayout;
import machlab.api.state.VmMap;

/**
 * The memory a {@link KernelState} implies: for every map whose lock is known, the lock's image at the
 * map's address ({@code struct vm_map} starts with {@code lock_data_t lock}, {@code vm/vm_map.h}), laid out
 * by {@link machlab.api.state.Lock#words(LockLayout)}. That is exactly what {@code x /x $mapN,4} shows.
 * Everything else is unreadable: the state holds records, not the bytes of thread or page structures.
 */
public final class StateMemoryImage implements MemoryImage {

    private final Map<Long, Long> words;

    private StateMemoryImage(Map<Long, Long> words) {
        this.words = Map.copyOf(words);
    }

    /** The lock images of {@code state}'s maps, in the x86_64 layout. */
    public static StateMemoryImage of(KernelState state) {
        return of(state, LockLayout.X86_64);
    }

    /** The lock images of {@code state}'s maps, in {@code layout}. */
    public static StateMemoryImage of(KernelState state, LockLayout layout) {
        Objects.requireNonNull(layout, "layout");
        Map<Long, Long> words = new HashMap<>();
        for (VmMap map : state.maps()) {
            map.lock().ifPresent(lock -> {
                long[] image = lock.words(layout);
                for (int i = 0; i < image.length; i++) {
                    words.put(map.address() + 4L * i, image[i]);
                }
            });
        }
        return new StateMemoryImage(words);
    }

    @Override
    public OptionalLong readWord(long address) {
        Long w = words.get(address);
        return w == null ? OptionalLong.empty() : OptionalLong.of(w);
    }
}
