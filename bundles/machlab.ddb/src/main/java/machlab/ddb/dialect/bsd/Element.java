package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A structure recognized in a BSD transcript, with its lines. {@code cpu} is the CPU ddb ran on when the
 * element was printed: the number in the prompt ({@code db{0}>}), {@link #NO_CPU} for prompts without
 * one, {@link #BEFORE_FIRST_PROMPT} for console text before any prompt (the CPU of the first prompt).
 */
sealed interface Element {

    int NO_CPU = -1;
    int BEFORE_FIRST_PROMPT = Integer.MIN_VALUE;

    int firstLine();

    int lastLine();

    /** A console line: panic, trap banner, {@code Stopped at}, thread banner, a ddb error. */
    record Event(int line, ConsoleLine value, int cpu) implements Element {
        public int firstLine() {
            return line;
        }

        public int lastLine() {
            return line;
        }
    }

    /** A caption or table header: read, carries nothing for the state. */
    record Caption(int line, String text) implements Element {
        public int firstLine() {
            return line;
        }

        public int lastLine() {
            return line;
        }
    }

    /**
     * A backtrace.
     *
     * @param header the {@code Tracing pid ... td ...} line that names its thread (FreeBSD), when printed
     * @param origin how it was printed, which decides whose it is
     * @param command the trace command as typed, empty for console text
     */
    record Trace(List<At<FrameLine>> lines, Optional<At<ConsoleLine>> header, Origin origin, String command,
            int cpu) implements Element {

        enum Origin {
            /** A trace command without arguments: the current thread of the CPU ddb runs on. */
            CURRENT_COMMAND,
            /** A trace command with an argument (pid, tid or address): whose it is only the header says. */
            ARGUMENT_COMMAND,
            /** Printed by the kernel on entry (KDB: stack backtrace, OpenBSD's trace after Stopped at). */
            ON_ENTRY
        }

        public Trace {
            lines = List.copyOf(lines);
        }

        public int firstLine() {
            return header.map(At::line).orElse(lines.get(0).line());
        }

        public int lastLine() {
            return lines.get(lines.size() - 1).line();
        }
    }

    /** A WITNESS stack ({@code #0 witness_checkorder+0x65e} ...): where a lock was taken, no thread's trace. */
    record WitnessStack(List<At<FrameLine>> lines) implements Element {
        public WitnessStack {
            lines = List.copyOf(lines);
        }

        public int firstLine() {
            return lines.get(0).line();
        }

        public int lastLine() {
            return lines.get(lines.size() - 1).line();
        }
    }

    /**
     * A WITNESS lock order reversal as one record ({@code witness_checkorder}, {@code sys/kern/subr_witness.c}
     * of FreeBSD and OpenBSD): the {@code lock order reversal:} line, the {@code 1st}/{@code 2nd}/{@code 3rd}
     * locks, and each order WITNESS knew with the stack it was first seen at (OpenBSD's {@code lock order "a"
     * -> "b" first seen at:}), or the stack of the reversal itself (FreeBSD's {@code stack backtrace:}).
     */
    record LockOrderReversal(At<LockLine> header, List<At<LockLine>> locks, List<Order> orders, int cpu)
            implements Element {

        /** An order and its stack; the caption is absent for a bare {@code stack backtrace:} before the stack. */
        record Order(At<LockLine> caption, List<At<FrameLine>> stack) {
            public Order {
                stack = List.copyOf(stack);
            }

            /** The two lock names of {@code lock order "a"(type) -> "b"(type) ...}, when it is one. */
            List<String> names() {
                return read().map(c -> List.of(c.from(), c.to())).orElse(List.of());
            }

            /** The caption read, absent for {@code stack backtrace:}. */
            Optional<OrderCaption> read() {
                return OrderCaption.parse(caption().value().text());
            }
        }

        public LockOrderReversal {
            locks = List.copyOf(locks);
            orders = List.copyOf(orders);
        }

        public int firstLine() {
            return header.line();
        }

        public int lastLine() {
            int last = header.line();
            for (At<LockLine> l : locks) {
                last = Math.max(last, l.line());
            }
            for (Order o : orders) {
                last = Math.max(last, o.caption().line());
                for (At<FrameLine> f : o.stack()) {
                    last = Math.max(last, f.line());
                }
            }
            return last;
        }
    }

    /** A lock line, with the holder header of {@code show all locks} above it when there is one. */
    record HeldLock(int line, LockLine lock, Optional<At<LockLine>> holder) implements Element {
        public int firstLine() {
            return line;
        }

        public int lastLine() {
            return line;
        }
    }

    /** A WITNESS line that is not a held lock: holder headers, reversal lines, captions. */
    record WitnessLine(int line, LockLine value) implements Element {
        public int firstLine() {
            return line;
        }

        public int lastLine() {
            return line;
        }
    }

    /** A row of a process or thread table; {@code pid} resolved for FreeBSD's thread rows. */
    record ProcRow(int line, PsTable table, PsTable.Row row, int pid, int cpu) implements Element {
        public int firstLine() {
            return line;
        }

        public int lastLine() {
            return line;
        }
    }

    /**
     * The head of {@code show proc}: the process, its address and map as printed. OpenBSD's
     * {@code PROC (name) pid=N} prints the thread's tid ({@code p_tid}) as {@code pid=}: {@code byTid} says so.
     */
    record ProcHead(int first, int last, int pid, boolean byTid, String name, OptionalLong address, OptionalLong map)
            implements Element {
        public int firstLine() {
            return first;
        }

        public int lastLine() {
            return last;
        }
    }

    /** {@code show registers}. */
    record Registers(int first, int last, List<RegisterLine> registers) implements Element {
        public Registers {
            registers = List.copyOf(registers);
        }

        public int firstLine() {
            return first;
        }

        public int lastLine() {
            return last;
        }
    }

    /** The output of {@code x}: its label ({@code version:}) and the text after it, wrapped lines joined. */
    record Dump(int first, int last, String command, String label, String text) implements Element {
        public int firstLine() {
            return first;
        }

        public int lastLine() {
            return last;
        }
    }

    /** Output kept raw: a table the dialect does not read ({@code show malloc}, {@code show uma}). */
    /**
     * A list of {@code name: value} counters, FreeBSD's {@code show page} ({@code vm_cnt.v_free_count: 137621}).
     * No {@code KernelState} field holds them: they stay in the reading, with their lines.
     */
    record Counters(int first, int last, String command, List<At<String>> names, List<Long> values)
            implements Element {
        public Counters {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }

        public int firstLine() {
            return first;
        }

        public int lastLine() {
            return last;
        }
    }

    record Raw(int first, int last, String command) implements Element {
        public int firstLine() {
            return first;
        }

        public int lastLine() {
            return last;
        }
    }
}
