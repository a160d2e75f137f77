package machlab.ddb.dialect.gnumach;

import java.util.Optional;

/**
 * Console lines that say why the kernel entered ddb, as GNU Mach prints them (master 40166870 and the
 * older forms the corpus shows).
 */
final class ConsoleLine {

    /** What a console line reports. */
    enum Kind {
        /**
         * {@code kern/debug.c}, {@code Panic}: {@code panic [{cpuN}] file:line: fun: msg}; before GNU Mach
         * commit f025f685 ("kern: Improve assertions and panics.") {@code panic: msg}.
         */
        PANIC,
        /**
         * {@code kern/debug.c}, {@code Assert}: {@code [{cpuN}] file:line: fun: Assertion `e' failed.};
         * before f025f685 {@code Assertion `e' failed in file "f", line n} or
         * {@code {n} Assertion failed: file "f", line n}.
         */
        ASSERTION,
        /**
         * {@code i386/i386/trap.c}, {@code kernel_trap}: {@code Kernel <name> trap, eip 0x..[, code .., cr2 ..]},
         * {@code Kernel page fault at address 0x.., eip = 0x..}; {@code i386/i386/db_interface.c},
         * {@code kdbprinttrap}: {@code kernel: <name> (<n>), code=<x>}; {@code kdb_trap}, a fault inside a ddb
         * command (a bad address to {@code show map}): {@code Caught <name> (<n>), code = %x, pc = %x}.
         */
        TRAP,
        /** {@code ddb/db_trap.c}, {@code db_task_trap}: {@code Stopped at  }, {@code Breakpoint at  }, ... */
        STOPPED,
        /** {@code kern/debug.c}, {@code SoftDebugger}: {@code Debugger invoked: msg}. */
        DEBUGGER
    }

    private ConsoleLine() {
    }

    static Optional<Kind> classify(String line) {
        String t = line.strip();
        if (isPanic(t)) {
            return Optional.of(Kind.PANIC);
        }
        if (t.contains("Assertion `") && t.contains("' failed") || t.contains("Assertion failed: file \"")) {
            return Optional.of(Kind.ASSERTION);
        }
        if (isTrap(t)) {
            return Optional.of(Kind.TRAP);
        }
        if (t.startsWith("Stopped at ") || t.startsWith("Breakpoint at ") || t.startsWith("Watchpoint at ")
                || t.startsWith("After ") && t.contains(" instructions (")) {
            return Optional.of(Kind.STOPPED);
        }
        if (t.startsWith("Debugger invoked: ")) {
            return Optional.of(Kind.DEBUGGER);
        }
        return Optional.empty();
    }

    private static boolean isPanic(String t) {
        if (t.startsWith("panic: ")) {
            return true;
        }
        if (!t.startsWith("panic ")) {
            return false;
        }
        String rest = t.substring("panic ".length());
        if (rest.startsWith("{cpu")) {
            return true;
        }
        // "file:line: fun: msg"
        int colon = rest.indexOf(": ");
        int firstBlank = rest.indexOf(' ');
        return colon > 0 && colon < firstBlank + 1 && rest.lastIndexOf(':', colon - 1) > 0;
    }

    private static boolean isTrap(String t) {
        if (t.startsWith("Kernel ") && (t.contains(" trap, eip 0x") || t.startsWith("Kernel page fault at address 0x"))) {
            return true;
        }
        if (t.startsWith("kernel: ") && t.contains("), code=")) {
            return true;
        }
        if (t.startsWith("Caught ") && t.contains("),") && t.contains("code = ") && t.contains(", pc = ")) {
            return true; // db_printf: the blank after "())," may be a TAB
        }
        return t.startsWith("kernel trap, type ") || t.startsWith("kernel trap ") && t.contains(" error ");
    }
}
