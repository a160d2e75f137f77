package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import machlab.api.state.ThreadState;

/**
 * A structure recognized in a GNU Mach transcript, with the lines it spans. Every input line is a
 * prompt, blank, part of one element, or a diagnostic.
 */
sealed interface Element {

    int firstLine();

    int lastLine();

    /** An element of one line: its first and last line are that line. */
    sealed interface OneLine extends Element {

        int line();

        @Override
        default int firstLine() {
            return line();
        }

        @Override
        default int lastLine() {
            return line();
        }
    }

    /**
     * A backtrace: the output of a {@code trace} command, or frames a person pasted.
     *
     * @param target the thread it belongs to, when the transcript says
     * @param attribution why it belongs to {@code target}, or why to no thread
     * @param promptLine the prompt of its {@code trace} command, 0 when pasted
     */
    record Trace(List<Numbered<TraceLine>> lines, Origin origin, Optional<ThreadRef> target, String attribution,
            int promptLine) implements Element {

        /** Where a trace came from, which decides whose it is. */
        enum Origin {
            /** {@code trace/t thread}: the named thread's. */
            THREAD_COMMAND,
            /** {@code trace} or {@code trace addr}: the current thread's or a frame's; not named. */
            CURRENT_COMMAND,
            /** Pasted without a prompt: whose it is comes from the words around it, if anywhere. */
            PASTED
        }

        public Trace {
            lines = List.copyOf(lines);
        }

        @Override
        public int firstLine() {
            return lines.get(0).line();
        }

        @Override
        public int lastLine() {
            return lines.get(lines.size() - 1).line();
        }
    }

    /** A thread line of {@code show all threads}, {@code show task} or {@code show thread}. */
    record ThreadRow(int line, int task, int index, long address, Optional<String> name, ThreadState state,
            Optional<String> continuation, OptionalLong waitEvent, Optional<String> waitSymbol) implements OneLine {
    }

    /** A task line of {@code show all threads} or {@code show all tasks}. */
    record TaskRow(int line, int index, long address, Optional<String> name, OptionalInt threads)
            implements OneLine {
    }

    /** A fixed line a command prints: a listing's title, a table's totals. */
    record Caption(int line, String text) implements OneLine {
    }

    /** An error ddb printed instead of a command's output ({@code no such thread($task21.9)}). */
    record DdbError(int line, String text) implements OneLine {
    }

    /**
     * The output of {@code x}: the values, as 4-byte words when the format allowed it.
     *
     * @param expression the address expression typed ({@code $map21})
     * @param words the dump as little-endian 4-byte words, empty when the format was not a number format
     * @param address the address of the first value when a line showed one ({@code x/a})
     */
    record Dump(int promptLine, int firstLine, int lastLine, String expression, long[] words,
            OptionalLong address) implements Element {
    }

    /**
     * The output of an {@code x} whose format is not one number format ({@code c s i m}, several value letters):
     * each line's label and text, as ddb printed them.
     *
     * @param modifiers the modifiers in force (typed or remembered), which say how to read the text
     */
    record TextDump(int promptLine, int firstLine, int lastLine, String expression, String modifiers,
            TextDumpKind kind, List<Numbered<TextDumpLine>> lines) implements Element {

        public TextDump {
            lines = List.copyOf(lines);
        }
    }

    /** The output of {@code print expr}: the value, when it was one hex or decimal number. */
    record Print(int promptLine, int line, String expression, OptionalLong value, String text) implements OneLine {
    }

    /** A console line about why the kernel stopped: a panic, a failed assertion, a trap, {@code Stopped at}. */
    record Event(int line, ConsoleLine.Kind kind, String text) implements OneLine {
    }

    /** A row of {@code show all slocks} ({@code kern/lock_mon.c}, {@code print_lock_info}). */
    record SlockRow(int line, OptionalLong lock, Optional<String> symbol, OptionalLong caller, boolean mean)
            implements OneLine {
    }

    /**
     * The output of {@code show map} ({@code vm_map_print}, {@code vm/vm_map.c}): the header lines and the
     * entries, each with the object block printed after it when its object differs from the previous entry's.
     *
     * @param expression the address typed after {@code show map}, empty for the current task's map
     * @param sizes {@code size=..,resident:..,wired=..,none=..}, when that line was read
     * @param limits {@code max_limit=..,cur_limit=..}, when read
     * @param version {@code version=}: the map's {@code timestamp}, when read
     */
    record MapPrint(int promptLine, int firstLine, int lastLine, String expression, VmPrintLine.MapHead head,
            Optional<VmPrintLine.MapSizes> sizes, Optional<VmPrintLine.MapLimits> limits, OptionalLong version,
            List<MapEntryPrint> entries) implements Element {

        public MapPrint {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry of {@code show map}: {@code map entry ..: start=.., end=..} and its {@code prot=} line (absent when
     * the transcript lost it), and the object block after it.
     */
    record MapEntryPrint(int firstLine, int lastLine, VmPrintLine.EntryHead head, Optional<VmPrintLine.EntryProt> prot,
            Optional<ObjectPrint> object) {
    }

    /**
     * The output of {@code show object} or an object block of {@code show map} ({@code vm_object_print_part},
     * {@code vm/vm_object.c}): the head line and the lines after it that were read.
     *
     * @param promptLine the prompt of the command that printed it
     */
    record ObjectPrint(int promptLine, int firstLine, int lastLine, VmPrintLine.ObjectHead head,
            Optional<VmPrintLine.ObjectCounts> counts, Optional<VmPrintLine.ObjectPager> pager,
            Optional<VmPrintLine.ObjectFlags> flags, Optional<VmPrintLine.ObjectShadow> shadow,
            Optional<VmPrintLine.ObjectWired> wired, List<long[]> pages) implements Element {

        public ObjectPrint {
            pages = List.copyOf(pages);
        }
    }

    /** The output of {@code show page} ({@code vm_page_print}, {@code vm/vm_resident.c}): one line. */
    record PagePrint(int promptLine, int line, VmPrintLine.Page page) implements OneLine {
    }
}
