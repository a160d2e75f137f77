package machlab.locks.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import machlab.api.state.KernelThread;
import machlab.api.state.StackFrame;

/**
 * Whether a thread sleeps, and where, read from its ddb state flags or, when those were not shown, from
 * its backtrace: a thread switched out in {@code thread_block} ({@code kern/sched_prim.c}) or one that
 * has only a continuation left is asleep.
 */
public final class Sleep {

    /**
     * Frames that are the sleep itself rather than the reason for it ({@code kern/sched_prim.c},
     * {@code kern/lock.c} {@code thread_sleep}): the function that decided to sleep is the first frame
     * below them.
     */
    private static final Set<String> SLEEP_PRIMITIVES = Set.of("thread_block", "thread_sleep", "thread_sleep_lock",
            "assert_wait", "thread_invoke", "thread_continue", "switch_context", "Switch_context");

    private Sleep() {
    }

    /** Whether the thread is shown asleep: state {@code W}, or a stack that ends in a sleep. */
    public static boolean asleep(KernelThread t) {
        if (t.state().isPresent()) {
            return t.state().get().waiting();
        }
        return stackSaysAsleep(t);
    }

    /** Whether the backtrace alone shows a sleep (innermost frame a sleep primitive, or a continuation). */
    public static boolean stackSaysAsleep(KernelThread t) {
        List<StackFrame> frames = t.stack().orElse(List.of());
        if (frames.isEmpty()) {
            return false;
        }
        StackFrame top = frames.get(0);
        return top.kind() == StackFrame.Kind.CONTINUATION
                || top.kind() == StackFrame.Kind.CALL && SLEEP_PRIMITIVES.contains(top.function());
    }

    /** The function that put the thread to sleep: the first call frame below the sleep primitives. */
    public static Optional<String> sleptIn(KernelThread t) {
        for (StackFrame f : t.stack().orElse(List.of())) {
            if (f.kind() == StackFrame.Kind.CONTINUATION) {
                return Optional.of(f.function());
            }
            if (f.kind() == StackFrame.Kind.CALL && !SLEEP_PRIMITIVES.contains(f.function())) {
                return Optional.of(f.function());
            }
        }
        return Optional.empty();
    }

    /** The kernel call frames' function names, innermost first. */
    public static List<String> functions(KernelThread t) {
        return t.stack().orElse(List.of()).stream().filter(f -> f.kind() == StackFrame.Kind.CALL)
                .map(StackFrame::function).toList();
    }

    /** Whether {@code function} is among the thread's call frames. */
    public static boolean calls(KernelThread t, String function) {
        return functions(t).contains(function);
    }
}
