package machlab.api.analysis;

import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A trace of lock events, replayed in order as often as asked. Traces can be far larger than memory,
 * so they are streamed rather than listed. Machlab implements it; do not implement it.
 */
@ProviderType
public interface LockTrace {

    /** Number of events. */
    long size();

    /** Feeds every event, in order, to {@code sink}. */
    void replay(Consumer<? super LockEvent> sink);
}
