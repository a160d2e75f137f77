package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import machlab.ddb.parser.OutputShape;
import machlab.ddb.parser.SourceLine;

/**
 * Where a GNU Mach command's output ends. A {@code print} prints one line, {@code x} as many values as
 * its count asks, a trace or a listing only lines of its own shape. What follows (a person's words in a
 * mail) is console text. Output of other commands runs to the next prompt.
 */
final class GnuMachOutputShape implements OutputShape {

    private final StickyFormats formats = new StickyFormats();
    private final CommandHistory history = new CommandHistory();
    private String current;
    private CommandLine line;
    private CommandKind kind;
    private Optional<ExamineFormat> examine = Optional.empty();
    private long valuesSeen;
    private boolean examineFailed;
    private boolean wrapPending;
    /** The start of a VM printer's line that ddb wrapped, waiting for its rest. */
    private String vmPartial;

    @Override
    public boolean continues(String command, List<SourceLine> output, SourceLine next) {
        if (!command.equals(current)) {
            start(command);
        }
        String text = next.text();
        if (wrapPending) {
            // the rest of a line ddb wrapped at $maxwidth (WrappedLines)
            wrapPending = !text.isEmpty() && WrappedLines.fills(text);
            return true;
        }
        boolean accepted = accepts(output, next, text)
                || WrappedLines.fills(text) && (output.isEmpty() || multiLine());
        wrapPending = accepted && WrappedLines.fills(text);
        return accepted;
    }

    private boolean accepts(List<SourceLine> output, SourceLine next, String text) {
        boolean first = output.isEmpty();
        // a blank line inside a long trace or listing is what is left of ddb's pager prompt
        // (ddb/db_output.c, db_more, erases "--db_more--" with backspaces)
        boolean blank = next.isBlank();
        return switch (kind) {
            case TRACE -> blank || TraceLine.parse(text).isPresent() || first && DdbErrors.is(text);
            case PRINT -> first;
            case EXAMINE -> examineContinues(output, text);
            case SHOW_THREADS -> blank || ListingLine.isThreadsTitle(text) || ListingLine.task(text).isPresent()
                    || ListingLine.thread(text).isPresent() || first && DdbErrors.is(text);
            case SHOW_THREAD -> first;
            case SHOW_TASKS -> blank || ListingLine.isTasksTitle(text) || ListingLine.tasksRow(text, 1).isPresent();
            case SHOW_SLOCKS -> blank || SlockLine.isTitle(text) || SlockLine.isTotals(text)
                    || SlockLine.row(text, 1, false).isPresent();
            case SHOW_MAP, SHOW_OBJECT, SHOW_PAGE -> vmContinues(text, first, blank);
            case EMPTY, OTHER -> true;
        };
    }

    /** Outputs of many lines whose shape a wrapped line's first half may not match. */
    private boolean multiLine() {
        return kind == CommandKind.TRACE || kind == CommandKind.SHOW_THREADS || kind == CommandKind.SHOW_TASKS
                || kind == CommandKind.SHOW_SLOCKS;
    }

    @Override
    public List<String> commands(String typed) {
        return CommandLine.split(typed);
    }

    @Override
    public void started(String command) {
        start(command);
    }

    private void start(String command) {
        current = command;
        line = history.resolve(command);
        kind = CommandKind.of(line);
        valuesSeen = 0;
        examineFailed = false;
        wrapPending = false;
        vmPartial = null;
        if (kind == CommandKind.EXAMINE) {
            examine = formats.examine(line.modifiers());
        } else if (kind == CommandKind.PRINT) {
            formats.print(line.modifiers());
        }
    }

    /**
     * The VM printers' lines, a trap if the address was bad, and the halves of a line ddb wrapped: their
     * {@code iprintf} part goes to the console without moving ddb's column, so the wrap comes 80 columns
     * into the {@code printf} part, not at column 80 ({@code VmPrintReader}).
     */
    private boolean vmContinues(String text, boolean first, boolean blank) {
        if (vmPartial != null) {
            String joined = vmPartial + text;
            vmPartial = null;
            if (VmPrintLine.parse(joined).isPresent()) {
                return true;
            }
            if (VmPrintLine.begins(joined) && joined.length() < VmPrintLine.LONGEST) {
                vmPartial = joined;
                return true;
            }
        }
        if (blank || VmPrintLine.parse(text).isPresent() || ConsoleLine.classify(text).isPresent()
                || first && DdbErrors.is(text)) {
            return true;
        }
        if (VmPrintLine.begins(text)) {
            vmPartial = text;
            return true;
        }
        return false;
    }

    private boolean examineContinues(List<SourceLine> output, String text) {
        if (examine.isEmpty()) {
            return textDumpContinues(output, text);
        }
        if (examineFailed) {
            return false; // an error line: nothing follows it
        }
        if (output.isEmpty() && DdbErrors.is(text)) {
            examineFailed = true;
            return true;
        }
        if (text.isBlank() && formats.examinePrintsEmptyLines()) {
            return true;
        }
        Optional<DumpLine> d = DumpLine.parse(text, examine.get());
        if (d.isEmpty() || valuesSeen >= line.count().orElse(1)) {
            return false;
        }
        valuesSeen += d.get().values().size();
        return true;
    }

    /**
     * Characters, strings, instructions, {@code m} and mixed formats ({@link TextDumpKind}): lines of their shape,
     * no more than the count can print; a format that prints no unit ({@code x/u}) runs to the next prompt.
     */
    private boolean textDumpContinues(List<SourceLine> output, String text) {
        String modifiers = formats.examineModifiers();
        Optional<TextDumpKind> kind = TextDumpKind.of(modifiers);
        if (kind.isEmpty()) {
            return true;
        }
        if (examineFailed) {
            return false;
        }
        if (output.isEmpty() && DdbErrors.is(text)) {
            examineFailed = true;
            return true;
        }
        if (text.isBlank() && formats.examinePrintsEmptyLines()) {
            return true;
        }
        if (valuesSeen >= kind.get().maxLines(modifiers, line.count().orElse(1))
                || TextDumpLine.parse(text, kind.get(), output.isEmpty()).isEmpty()) {
            return false;
        }
        valuesSeen++; // lines here, not values
        return true;
    }
}
