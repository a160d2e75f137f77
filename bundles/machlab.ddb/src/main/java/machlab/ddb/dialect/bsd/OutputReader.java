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
    /** A lock order reversal being read: its header, locks and orders come on consecutive lines. */
    private Optional<At<LockLine>> reversal = Optional.empty();
    private final List<At<LockLine>> reversalLocks = new ArrayList<>();
    private final List<Element.LockOrderReversal.Order> reversalOrders = new ArrayList<>();
    private Optional<At<LockLine>> orderCaption = Optional.empty();

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
        if (kind == CommandKind.COUNTERS) {
            new WholeOutputReader(out, command, cpu).counters(lines);
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
        if (reversal.isPresent() && reversalLine(n, text)) {
            return;
        }
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

    /**
     * A line of the reversal being read: a {@code 1st}/{@code 2nd}/{@code 3rd} lock (before any order), an
     * order caption, {@code stack backtrace:}, or a WITNESS stack line. Any other line ends the reversal.
     */
    private boolean reversalLine(int n, String text) {
        Optional<LockLine> l = LockLine.classify(text);
        Optional<FrameLine> f = l.isPresent() ? Optional.empty() : FrameLine.parse(text);
        if (l.isPresent() && l.get().kind() == LockLine.Kind.ORDER_LOCK && reversalOrders.isEmpty()
                && orderCaption.isEmpty()) {
            reversalLocks.add(new At<>(n, l.get()));
            return true;
        }
        if (l.isPresent() && (l.get().kind() == LockLine.Kind.ORDER_CAPTION
                || l.get().kind() == LockLine.Kind.STACK_CAPTION)) {
            closeOrder();
            orderCaption = Optional.of(new At<>(n, l.get()));
            return true;
        }
        if (f.isPresent() && f.get().kind() == FrameLine.Kind.WITNESS && orderCaption.isPresent()) {
            witness.add(new At<>(n, f.get()));
            return true;
        }
        flushReversal();
        return false;
    }

    private void closeOrder() {
        orderCaption.ifPresent(c -> reversalOrders.add(new Element.LockOrderReversal.Order(c, witness)));
        orderCaption = Optional.empty();
        witness.clear();
    }

    private void flushReversal() {
        if (reversal.isEmpty()) {
            return;
        }
        closeOrder();
        out.element(new Element.LockOrderReversal(reversal.get(), reversalLocks, reversalOrders, cpu));
        reversal = Optional.empty();
        reversalLocks.clear();
        reversalOrders.clear();
    }

    private void lock(int n, LockLine l) {
        if (l.kind() == LockLine.Kind.REVERSAL) {
            holder = Optional.empty();
            reversal = Optional.of(new At<>(n, l));
            return;
        }
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
        flushReversal();
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
