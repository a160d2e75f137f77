package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.KernelThread;
import machlab.api.state.Provenance;
import machlab.api.state.StackFrame;
import machlab.api.state.ThreadState;

/**
 * What a transcript shows of one thread, gathered from several commands. The first command that shows
 * a fact wins: a later, different value would come from a later moment, and the state is one moment.
 */
final class ThreadFacts {

    final int task;
    final int index;
    private final Provenance provenance;
    private OptionalLong address = OptionalLong.empty();
    private Optional<String> name = Optional.empty();
    private Optional<ThreadState> state = Optional.empty();
    private OptionalLong waitEvent = OptionalLong.empty();
    private Optional<String> waitSymbol = Optional.empty();
    private Optional<String> continuation = Optional.empty();
    private Optional<List<StackFrame>> stack = Optional.empty();

    /** @param provenance the lines that first showed the thread */
    ThreadFacts(int task, int index, Provenance provenance) {
        this.task = task;
        this.index = index;
        this.provenance = provenance;
    }

    OptionalLong address() {
        return address;
    }

    void address(long a) {
        if (address.isEmpty()) {
            address = OptionalLong.of(a);
        }
    }

    void row(Element.ThreadRow r) {
        address(r.address());
        name = name.or(r::name);
        state = state.or(() -> Optional.of(r.state()));
        if (waitEvent.isEmpty() && waitSymbol.isEmpty()) {
            waitEvent = r.waitEvent();
            waitSymbol = r.waitSymbol();
        }
        continuation = continuation.or(r::continuation);
    }

    void continuation(String symbol) {
        continuation = continuation.or(() -> Optional.of(symbol));
    }

    /** @return false when a stack was already attached */
    boolean stack(List<StackFrame> frames) {
        if (stack.isPresent()) {
            return false;
        }
        stack = Optional.of(frames);
        return true;
    }

    KernelThread build() {
        return new KernelThread(task, index, address, name, state, waitEvent, waitSymbol, continuation, stack,
                provenance);
    }
}
