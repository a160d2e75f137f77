package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import machlab.api.transcript.Diagnostic.Level;
import machlab.ddb.parser.SourceLine;

/**
 * Reads the lines of one block (console text or one command's output) into elements. One loop serves
 * every block, since the kernel prints the same shapes on entry as ddb does on request (a trace after
 * {@code KDB: stack backtrace:}, OpenBSD's process table after {@code Stopped at}); the command only
 * decides the trace's origin and which command-only shapes (registers, {@code x}, {@code show proc}) are
 * looked for. Every line becomes an element, a blank, or an UNRECOGNIZED diagnostic.
 */
final class OutputReader {

    private final Reading.Builder out;
    private final CommandKind kind;
    private final String command;
    private final int cpu;
    private final ShowProcReader proc;

    private final List<At<FrameLine>> frames = new ArrayList<>();
    private final List<At<FrameLine>> witness = new ArrayList<>();
    private final List<RegisterLine> registers = new ArrayList<>();
    private int registersFirst;
    private int registersLast;
    private Optional<At<ConsoleLine>> tracing = Optional.empty();
    private Optional<At<LockLine>> holder = Optional.empty();
    private Optional<PsTable> table = Optional.empty();
    private int processPid = -1;

    OutputReader(Reading.Builder out, CommandKind kind, String command, int cpu) {
        this.out = out;
        this.kind = kind;
        this.command = command;
        this.cpu = cpu;
        this.proc = new ShowProcReader(out);
        if (kind == CommandKind.SHOW_THREADS) {
            table = Optional.of(PsTable.FREEBSD_THREADS); // no header: every line is a thread
        }
    }

    void read(List<SourceLine> lines) {
        if (kind == CommandKind.RAW_TABLE) {
            new WholeOutputReader(out, command, cpu).raw(lines);
            return;
        }
        if (kind == CommandKind.EXAMINE) {
            new WholeOutputReader(out, command, cpu).examine(lines);
            return;
        }
        for (SourceLine l : lines) {
            line(l.number(), l.text());
        }
        flush();
        proc.finish();
    }

    private void line(int n, String text) {
        if (text.isBlank()) {
            flush();
            out.accounted(n);
            return;
        }
        if (kind == CommandKind.SHOW_REGISTERS && register(n, text)) {
            return;
        }
        if (kind == CommandKind.SHOW_PROC && proc.take(n, text)) {
            if (proc.threadsFollow()) {
                table = Optional.of(PsTable.FREEBSD_PROC_THREADS);
                processPid = proc.pid();
            }
            return;
        }
        if (kind == CommandKind.SHOW_PANIC) {
            flush();
            ConsoleLine c = ConsoleLine.classify(text).filter(x -> x.kind() == ConsoleLine.Kind.NO_PANIC)
                    .orElse(new ConsoleLine(ConsoleLine.Kind.PANIC, text.strip(), -1, -1,
                            java.util.OptionalLong.empty(), Optional.empty()));
            out.element(new Element.Event(n, c, cpu));
            return;
        }
        Optional<FrameLine> f = FrameLine.parse(text);
        if (f.isPresent()) {
            frame(n, f.get());
            return;
        }
        flushFrames();
        flushWitness();
        if (tableLine(n, text)) {
            return;
        }
        Optional<LockLine> lock = LockLine.classify(text);
        if (lock.isPresent()) {
            lock(n, lock.get());
            return;
        }
        Optional<ConsoleLine> c = ConsoleLine.classify(text);
        if (c.isPresent()) {
            if (c.get().kind() == ConsoleLine.Kind.TRACING) {
                out.accounted(n);
                tracing = Optional.of(new At<>(n, c.get()));
            } else {
                out.element(new Element.Event(n, c.get(), cpu));
            }
            return;
        }
        if (wrappedAnnotation(n, text)) {
            return;
        }
        table = Optional.empty();
        out.diagnostic(n, Level.UNRECOGNIZED, where() + "not a line this dialect reads: " + text);
    }

    /**
     * The rest of a {@code Stopped} line the console wrapped at 80 columns: m68k's disassembler ends it
     * with an effective address {@code [addr:0x33f400 ]}, which lands on the next line (020).
     */
    private boolean wrappedAnnotation(int n, String text) {
        List<Element> seen = out.elements();
        if (seen.isEmpty() || !(seen.get(seen.size() - 1) instanceof Element.Event ev) || ev.line() != n - 1
                || ev.value().kind() != ConsoleLine.Kind.STOPPED && ev.value().kind() != ConsoleLine.Kind.STOPPED_IN) {
            return false;
        }
        String t = text.strip();
        if (!(t.endsWith("]") && t.contains("[addr:0x"))) {
            return false;
        }
        out.element(new Element.Caption(n, "wrapped rest of line " + (n - 1) + ": " + t));
        return true;
    }

    private String where() {
        return command.isEmpty() && kind != CommandKind.EMPTY ? "" : "output of '" + command + "': ";
    }

    private boolean register(int n, String text) {
        Optional<RegisterLine> r = RegisterLine.parse(text);
        boolean instruction = r.isEmpty() && !registers.isEmpty() && RegisterLine.isInstruction(text);
        if (r.isEmpty() && !instruction) {
            return false;
        }
        if (registers.isEmpty() && r.isPresent()) {
            registersFirst = n;
        }
        r.ifPresent(registers::add);
        registersLast = n;
        if (instruction) {
            flushRegisters();
        }
        return true;
    }

    private void frame(int n, FrameLine f) {
        if (f.kind() == FrameLine.Kind.WITNESS) {
            flushFrames();
            witness.add(new At<>(n, f));
            return;
        }
        flushWitness();
        frames.add(new At<>(n, f));
    }

    private boolean tableLine(int n, String text) {
        Optional<PsTable> h = PsTable.header(text);
        if (h.isPresent()) {
            table = h;
            processPid = -1;
            out.element(new Element.Caption(n, text.strip()));
            return true;
        }
        if (table.isEmpty()) {
            return false;
        }
        Optional<PsTable.Row> row = table.get().row(text);
        if (row.isEmpty()) {
            return false;
        }
        int pid = row.get().pid();
        if (pid >= 0) {
            processPid = pid;
        } else {
            pid = processPid;
        }
        out.element(new Element.ProcRow(n, table.get(), row.get(), pid, cpu));
        return true;
    }

    private void lock(int n, LockLine l) {
        switch (l.kind()) {
            case HOLDER -> {
                holder = Optional.of(new At<>(n, l));
                out.element(new Element.WitnessLine(n, l));
            }
            case LOCK -> out.element(new Element.HeldLock(n, l, holder));
            default -> {
                holder = Optional.empty();
                out.element(new Element.WitnessLine(n, l));
            }
        }
    }

    private void flush() {
        flushFrames();
        flushWitness();
        flushRegisters();
        if (tracing.isPresent()) {
            At<ConsoleLine> t = tracing.get();
            out.element(new Element.Event(t.line(), t.value(), cpu));
            tracing = Optional.empty();
        }
    }

    private void flushFrames() {
        if (frames.isEmpty()) {
            if (tracing.isPresent()) {
                flushTracingAlone();
            }
            return;
        }
        Element.Trace.Origin origin = kind != CommandKind.TRACE ? Element.Trace.Origin.ON_ENTRY
                : CommandKind.argument(command).isEmpty() ? Element.Trace.Origin.CURRENT_COMMAND
                        : Element.Trace.Origin.ARGUMENT_COMMAND;
        out.element(new Element.Trace(frames, tracing, origin, command, cpu));
        frames.clear();
        tracing = Optional.empty();
    }

    private void flushTracingAlone() {
        At<ConsoleLine> t = tracing.get();
        out.element(new Element.Event(t.line(), t.value(), cpu));
        tracing = Optional.empty();
    }

    private void flushWitness() {
        if (!witness.isEmpty()) {
            out.element(new Element.WitnessStack(witness));
            witness.clear();
        }
    }

    private void flushRegisters() {
        if (!registers.isEmpty()) {
            out.element(new Element.Registers(registersFirst, registersLast, registers));
            registers.clear();
        }
    }
}
