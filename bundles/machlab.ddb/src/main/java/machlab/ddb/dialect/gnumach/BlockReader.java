package machlab.ddb.dialect.gnumach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.Block;
import machlab.ddb.parser.SourceLine;

/**
 * Reads the blocks of one transcript, in order, into {@link Element}s and diagnostics. It remembers
 * what ddb remembers between commands (formats) and the last thread a command named, which a pasted
 * trace may refer to. Every line it is given ends up a prompt, blank, in an element, or a diagnostic.
 */
final class BlockReader {

    private final Reading.Builder out;
    private final StickyFormats formats = new StickyFormats();
    private final CommandHistory history = new CommandHistory();
    private Optional<Numbered<ThreadRef>> lastNamed = Optional.empty();

    BlockReader(Reading.Builder out) {
        this.out = out;
    }

    void read(Block block) {
        if (block.isConsole()) {
            new ConsoleReader(out, "", lastNamed).read(block.lines());
            return;
        }
        int prompt = block.promptLine().orElseThrow().number();
        out.accounted(prompt);
        CommandLine command = history.resolve(block.command());
        CommandKind kind = CommandKind.of(command);
        // the VM printers wrap by their own rule (VmPrintReader)
        List<SourceLine> lines = kind.isVmPrint() ? block.lines() : WrappedLines.join(block.lines(), out);
        switch (kind) {
            case TRACE -> trace(prompt, command, lines);
            case PRINT -> print(prompt, command, lines);
            case EXAMINE -> examine(prompt, command, lines);
            case SHOW_THREADS -> new ListingReader(out).threads(lines);
            case SHOW_THREAD -> new ListingReader(out).oneThread(lines);
            case SHOW_TASKS -> new ListingReader(out).tasks(lines);
            case SHOW_SLOCKS -> new ListingReader(out).slocks(lines);
            case SHOW_MAP, SHOW_OBJECT, SHOW_PAGE -> new VmPrintReader(out, prompt, block.command(),
                    command.argument()).read(lines);
            case EMPTY, OTHER -> new ConsoleReader(out, block.command().isEmpty() ? "after a bare prompt, "
                    : "output of '" + block.command() + "', ", lastNamed).read(lines);
        }
        remember(prompt, command, kind);
    }

    private void remember(int prompt, CommandLine command, CommandKind kind) {
        if (kind == CommandKind.TRACE || kind == CommandKind.PRINT || kind == CommandKind.SHOW_THREAD) {
            Optional<ThreadRef> r = ThreadRef.parse(command.argument());
            if (r.isPresent() && r.get().byName()) {
                lastNamed = Optional.of(new Numbered<>(prompt, r.get()));
            }
        }
    }

    private void trace(int prompt, CommandLine command, List<SourceLine> lines) {
        Element.Trace.Origin origin = command.hasModifier('t') && !command.argument().isEmpty()
                ? Element.Trace.Origin.THREAD_COMMAND : Element.Trace.Origin.CURRENT_COMMAND;
        Optional<ThreadRef> target = origin == Element.Trace.Origin.THREAD_COMMAND
                ? ThreadRef.parse(command.argument()) : Optional.empty();
        String why = target.isPresent() ? "trace/t names " + target.get()
                : command.hasModifier('t') ? "trace/t without a thread traces $thread or the current thread, "
                        + "which the transcript does not name"
                        : "trace without /t traces the current thread or a frame, which the transcript does not name";
        List<Numbered<TraceLine>> run = new ArrayList<>();
        for (SourceLine l : lines) {
            Optional<TraceLine> t = TraceLine.parse(l.text());
            if (t.isPresent()) {
                run.add(new Numbered<>(l.number(), t.get()));
            } else if (DdbErrors.is(l.text())) {
                out.element(new Element.DdbError(l.number(), l.text().strip()));
            } else if (l.isBlank()) {
                out.accounted(l.number());
            } else {
                out.diagnostic(l.number(), Level.UNRECOGNIZED, "not a trace line: " + l.text());
            }
        }
        if (!run.isEmpty()) {
            TraceRuns.emit(out, run, origin, target, prompt, why);
        }
    }

    private void print(int prompt, CommandLine command, List<SourceLine> lines) {
        char format = formats.print(command.modifiers());
        boolean printed = false;
        for (SourceLine l : lines) {
            String t = l.text().strip();
            if (printed) {
                // db_print_cmd prints its values on one line
                out.diagnostic(l.number(), Level.UNRECOGNIZED, "after the output of print: " + l.text());
                continue;
            }
            printed = true;
            if (DdbErrors.is(t)) {
                out.element(new Element.DdbError(l.number(), t));
                continue;
            }
            OptionalLong value = switch (format) {
                case 'x', 'z', 'r' -> Hex.parse(t.startsWith("-") ? t.substring(1) : t);
                case 'd', 'u' -> Words.isDigits(t) && t.length() <= 18 ? OptionalLong.of(Long.parseLong(t))
                        : OptionalLong.empty();
                default -> OptionalLong.empty();
            };
            if (value.isPresent() && t.startsWith("-")) {
                value = OptionalLong.of(-value.getAsLong());
            }
            if (value.isEmpty() && !t.isEmpty()) {
                out.diagnostic(l.number(), Level.WARNING, "print " + command.argument()
                        + ": output is not one number in format '" + format + "': " + t);
            }
            out.element(new Element.Print(prompt, l.number(), command.argument(), value, t));
        }
    }

    private void examine(int prompt, CommandLine command, List<SourceLine> lines) {
        Optional<ExamineFormat> format = formats.examine(command.modifiers());
        if (format.isEmpty()) {
            String modifiers = formats.examineModifiers();
            Optional<TextDumpKind> kind = TextDumpKind.of(modifiers);
            if (kind.isPresent()) {
                textDump(prompt, command, modifiers, kind.get(), lines);
            } else {
                new ConsoleReader(out, "output of 'x/" + modifiers + "' (prints no unit), ", lastNamed).read(lines);
            }
            return;
        }
        List<Long> units = new ArrayList<>();
        OptionalLong address = OptionalLong.empty();
        int first = -1;
        int last = -1;
        for (SourceLine l : lines) {
            if (examineAside(l)) {
                continue;
            }
            Optional<DumpLine> d = DumpLine.parse(l.text(), format.get());
            if (d.isEmpty()) {
                out.diagnostic(l.number(), Level.UNRECOGNIZED, "not an x dump line: " + l.text());
                continue;
            }
            if (first < 0) {
                first = l.number();
                address = d.get().address();
            }
            last = l.number();
            units.addAll(d.get().values());
        }
        if (first > 0) {
            long[] words = DumpLine.toWords(units, format.get().size());
            out.element(new Element.Dump(prompt, first, last, command.argument(), words, address));
            if (Variables.map(command.argument().strip()).isPresent()) {
                LockImage.Layout layout = LockImage.decide(words);
                if (layout.layout().isEmpty()) {
                    out.diagnostic(first, Level.WARNING, "x " + command.argument() + " is not read as the map's lock: "
                            + layout.reason());
                }
            }
        }
    }

    /** {@code x} in a format that prints text ({@link TextDumpKind}): each line's label and text. */
    private void textDump(int prompt, CommandLine command, String modifiers, TextDumpKind kind,
            List<SourceLine> lines) {
        List<Numbered<TextDumpLine>> rows = new ArrayList<>();
        for (SourceLine l : lines) {
            if (examineAside(l)) {
                continue;
            }
            Optional<TextDumpLine> d = TextDumpLine.parse(l.text(), kind, rows.isEmpty());
            if (d.isEmpty()) {
                out.diagnostic(l.number(), Level.UNRECOGNIZED, "not a line of 'x/" + modifiers + "': " + l.text());
                continue;
            }
            rows.add(new Numbered<>(l.number(), d.get()));
        }
        if (!rows.isEmpty()) {
            out.element(new Element.TextDump(prompt, rows.get(0).line(), rows.get(rows.size() - 1).line(),
                    command.argument(), modifiers, kind, rows));
        }
    }

    /**
     * The lines of any {@code x} output that are not units: a ddb error, and the empty line {@code u} or {@code t}
     * prints per unit. True when {@code l} was one and is now accounted for.
     */
    private boolean examineAside(SourceLine l) {
        if (DdbErrors.is(l.text())) {
            out.element(new Element.DdbError(l.number(), l.text().strip()));
            return true;
        }
        if (l.isBlank() && formats.examinePrintsEmptyLines()) {
            out.accounted(l.number());
            return true;
        }
        return false;
    }
}
