package machlab.ddb.frontend;

import java.util.List;
import java.util.Optional;

import machlab.api.state.KernelThread;
import machlab.api.state.StackFrame;
import machlab.api.state.ThreadState;
import machlab.ddb.command.ParsedCommand;

/**
 * {@code trace[/tu] [thread|frame] [,count]}: {@code db_stack_trace_cmd} and {@code db_i386_stack_trace} of
 * GNU Mach {@code i386/i386/db_trace.c} (master 40166870), replayed from {@link KernelThread#stack()} rather
 * than by walking frame pointers (the state has frames, not stack memory).
 *
 * <p>One line per frame, {@code name(...)+0xoff} on x86_64 ({@code db_numargs} is -1 there, so the
 * arguments are always {@code ...}; they are printed when the frame recorded them), no {@code +0x0}, an
 * unknown pc as {@code 0x<pc>(...)}; marker lines ({@code >>>>> user space <<<<<}, trap and interrupt
 * banners, {@code Bad frame pointer}) as recorded. A swapped thread (no kernel stack) starts with
 * {@code Continuation sym}. Without {@code /u} the trace stops at a {@code >>>>> user space <<<<<} that follows
 * a kernel frame. The count
 * bounds the number of frames ({@code count} loop iterations; markers belong to the frame before them).
 *
 * <p>Not emulated: {@code trace addr} without {@code /t} (a frame address: the state has no stack memory);
 * it prints nothing. A thread whose stack the state does not hold prints nothing either.
 */
final class TraceCommand implements CommandHandler {

    @Override
    public void run(ParsedCommand cmd, DdbContext ddb) {
        boolean traceThread = cmd.option('t');
        boolean kernelOnly = !cmd.option('u');
        Optional<KernelThread> thread;
        if (!cmd.haveAddr() && !traceThread) {
            // ddb_regs, the context ddb was entered from: here the current thread's recorded stack (a real
            // keyboard entry would show the interrupt path first, which the state does not record)
            thread = ddb.currentThread().isPresent() ? ddb.thread(ddb.currentThread().getAsLong()) : Optional.empty();
        } else if (traceThread) {
            if (cmd.haveAddr()) {
                if (!ddb.checkThread(cmd.addr())) {
                    return;
                }
                thread = ddb.thread(cmd.addr());
            } else {
                long th = ddb.defaultThread.isPresent() ? ddb.defaultThread.getAsLong()
                        : ddb.currentThread().orElse(0);
                if (th == 0) {
                    ddb.out().printf("no active thread\n");
                    return;
                }
                thread = ddb.thread(th);
            }
        } else {
            return;
        }
        thread.ifPresent(t -> trace(ddb, t, cmd.count() == -1 ? 65535 : cmd.count(), kernelOnly));
    }

    private static void trace(DdbContext ddb, KernelThread thread, long count, boolean kernelOnly) {
        DdbOutput out = ddb.out();
        List<StackFrame> frames = thread.stack().orElse(List.of());
        ThreadState state = ThreadPrinter.status(thread);
        boolean recordedContinuation = !frames.isEmpty() && frames.get(0).kind() == StackFrame.Kind.CONTINUATION;
        if (state.swapped() && !recordedContinuation && thread.continuation().isPresent()) {
            out.printf("Continuation %s\n", thread.continuation().get());
        }
        int i = 0;
        // Markers before the first frame: a recorded "Continuation", or "user space" when the trace starts in
        // user mode. db_i386_stack_trace counts that first "user space" before its loop, so its
        // "user_frame == 1" stop never fires afterwards: such a trace goes on through the user frames even
        // without /u.
        for (; i < frames.size() && frames.get(i).kind() != StackFrame.Kind.CALL; i++) {
            if (marker(out, frames.get(i), false)) {
                return;
            }
        }
        while (count-- > 0 && i < frames.size()) {
            call(out, frames.get(i++));
            for (; i < frames.size() && frames.get(i).kind() != StackFrame.Kind.CALL; i++) {
                if (marker(out, frames.get(i), kernelOnly)) {
                    return;
                }
            }
        }
    }

    /** Prints a marker line; true when the trace ends there. */
    private static boolean marker(DdbOutput out, StackFrame f, boolean kernelOnly) {
        // db_i386_stack_trace prints "Continuation " before the symbol; the emulator records the symbol alone
        boolean bare = f.kind() == StackFrame.Kind.CONTINUATION && !f.function().startsWith("Continuation ");
        out.printf("%s\n", bare ? "Continuation " + f.function() : f.function());
        return f.kind() == StackFrame.Kind.BAD_FRAME || f.kind() == StackFrame.Kind.USER_SPACE && kernelOnly;
    }

    /** One {@code name(args)+0xoff} line, as the loop body of {@code db_i386_stack_trace} prints it. */
    private static void call(DdbOutput out, StackFrame f) {
        if (f.function().isEmpty() && f.pc().isPresent()) {
            out.printf("0x%x(", f.pc().getAsLong());
        } else {
            out.printf("%s(", f.function());
        }
        out.printf("%s", f.arguments().map(a -> String.join(",", a)).orElse("..."));
        out.printf(")");
        long offset = f.function().isEmpty() ? 0 : f.offset().orElse(0);
        if (offset != 0) {
            out.printf("+0x%x", offset);
        }
        out.printf("\n");
    }
}
