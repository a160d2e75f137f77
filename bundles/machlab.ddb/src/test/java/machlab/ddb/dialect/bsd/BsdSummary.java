package machlab.ddb.dialect.bsd;

import java.util.List;
import java.util.stream.Collectors;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.transcript.DebuggerCommand;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;

/**
 * A plain-text summary of what a BSD dialect read: commands and console text, elements with their lines,
 * the state, the diagnostics. The golden files are such summaries, each checked by hand.
 */
final class BsdSummary {

    private BsdSummary() {
    }

    static String of(Transcript t, Reading r, KernelState s) {
        StringBuilder b = new StringBuilder();
        b.append("dialect ").append(t.dialect()).append(", ").append(t.lines()).append(" lines\n");
        for (DebuggerCommand c : t.commands()) {
            int last = c.firstOutputLine() + c.output().size() - 1;
            if (BsdDialect.isConsoleText(c)) {
                b.append("console ").append(c.line()).append('-').append(last).append('\n');
            } else {
                b.append("command ").append(c.line()).append(' ').append(c.prompt()).append(" '").append(c.command())
                        .append("' output ").append(c.output().isEmpty() ? "none" : c.firstOutputLine() + "-" + last)
                        .append('\n');
            }
        }
        Ties ties = new Ties(r.elements());
        for (Element e : r.elements()) {
            b.append(element(e, ties)).append('\n');
        }
        for (Task task : s.tasks()) {
            b.append("task pid ").append(task.index())
                    .append(task.name().map(n -> " " + n).orElse(""))
                    .append(task.address().isPresent() ? " at " + hex(task.address().getAsLong()) : "")
                    .append(task.map().isPresent() ? " map " + hex(task.map().getAsLong()) : "")
                    .append(" from ").append(task.provenance()).append('\n');
            for (KernelThread th : task.threads()) {
                b.append("  thread tid ").append(th.index())
                        .append(th.name().map(n -> " " + n).orElse(""))
                        .append(th.address().isPresent() ? " at " + hex(th.address().getAsLong()) : "")
                        .append(th.waitEvent().isPresent() ? " wchan " + hex(th.waitEvent().getAsLong()) : "")
                        .append(th.stack().map(st -> " stack " + frames(st)).orElse(""))
                        .append(" from ").append(th.provenance()).append('\n');
            }
        }
        s.simpleLocks().forEach(l -> b.append("lock ").append(hex(l.address())).append(l.name().map(n -> " " + n)
                .orElse("")).append(l.holder().isPresent() ? " held by " + hex(l.holder().getAsLong()) : "")
                .append(" from ").append(l.provenance()).append('\n'));
        for (LockHold h : s.lockHolds()) {
            b.append("hold ").append(h.mode().name().toLowerCase()).append(' ').append(h.lockClass()).append(' ')
                    .append(h.name()).append(h.type().map(x -> " (" + x + ")").orElse("")).append(" at ")
                    .append(hex(h.address())).append(" r=").append(h.recursion())
                    .append(h.holder().isPresent() ? " held by " + hex(h.holder().getAsLong()) : "")
                    .append(h.lockedAt().map(x -> " locked @ " + x).orElse(""))
                    .append(h.stack().map(st -> " stack " + frames(st)).orElse(""))
                    .append(" from ").append(h.provenance()).append('\n');
        }
        for (LockOrderReversal rev : s.reversals()) {
            b.append("reversal from ").append(rev.provenance()).append('\n');
            for (LockOrderReversal.ReversedLock l : rev.locks()) {
                b.append("  lock #").append(l.ordinal()).append(' ').append(hex(l.address())).append(' ')
                        .append(l.name()).append(l.type().map(x -> " type " + x).orElse(""))
                        .append(l.lockClass().map(x -> " class " + x).orElse(""))
                        .append(l.at().map(x -> " @ " + x).orElse("")).append(" from ").append(l.provenance())
                        .append('\n');
            }
            for (LockOrderReversal.Order o : rev.orders()) {
                b.append("  order ").append(o.from()).append(o.fromClass().map(x -> "(" + x + ")").orElse(""))
                        .append(" -> ").append(o.to()).append(o.toClass().map(x -> "(" + x + ")").orElse(""))
                        .append(' ').append(o.seen()).append(" stack ").append(frames(o.stack())).append(" from ")
                        .append(o.provenance()).append('\n');
            }
            rev.stack().ifPresent(st -> b.append("  own stack ").append(frames(st)).append('\n'));
        }
        for (Diagnostic d : t.diagnostics()) {
            b.append("diagnostic ").append(d.line()).append(' ').append(d.level()).append(": ").append(d.message())
                    .append('\n');
        }
        return b.toString();
    }

    private static String hex(long v) {
        return Long.toHexString(v);
    }

    private static String frames(List<StackFrame> st) {
        return st.size() + " [" + st.stream().map(f -> f.kind() == StackFrame.Kind.CALL ? f.function()
                + (f.offset().isPresent() ? "+" + hex(f.offset().getAsLong()) : "")
                + (f.pc().isPresent() ? "@" + hex(f.pc().getAsLong()) : "") : f.kind().name())
                .collect(Collectors.joining(" | ")) + "]";
    }

    private static String lines(Element e) {
        return e.firstLine() == e.lastLine() ? "" + e.firstLine() : e.firstLine() + "-" + e.lastLine();
    }

    private static String element(Element e, Ties ties) {
        String lines = lines(e);
        if (e instanceof Element.Trace t) {
            Ties.Tie tie = ties.of(t);
            StringBuilder b = new StringBuilder("trace " + lines + " " + t.origin() + " cpu=" + cpu(t.cpu())
                    + " thread=" + tie.thread().map(Object::toString).orElse("none") + " (" + tie.why() + ")");
            for (At<FrameLine> a : t.lines()) {
                b.append("\n  ").append(a.line()).append(' ').append(frame(a.value()));
            }
            return b.toString();
        }
        if (e instanceof Element.LockOrderReversal r) {
            StringBuilder b = new StringBuilder("reversal " + lines + " cpu=" + cpu(r.cpu()) + " " + r.header().value().text());
            for (At<LockLine> l : r.locks()) {
                b.append("\n  ").append(l.line()).append(" #").append(l.value().ordinal()).append(" addr=")
                        .append(hex(l.value().address().orElse(0))).append(" name=").append(l.value().name().orElse("?"))
                        .append(" line=").append(l.value().text());
            }
            for (Element.LockOrderReversal.Order o : r.orders()) {
                b.append("\n  ").append(o.caption().line()).append(" order ").append(String.join(" -> ", o.names()))
                        .append(" stack ").append(o.stack().isEmpty() ? "none" : o.stack().get(0).line() + "-"
                                + o.stack().get(o.stack().size() - 1).line() + " " + o.stack().stream()
                                        .map(a -> a.value().function()).collect(Collectors.joining(",")));
            }
            return b.toString();
        }
        if (e instanceof Element.WitnessStack w) {
            return "witness stack " + lines + " " + w.lines().stream().map(a -> a.value().function())
                    .collect(Collectors.joining(","));
        }
        if (e instanceof Element.Event ev) {
            ConsoleLine c = ev.value();
            return "event " + lines + " " + c.kind() + (c.pid() >= 0 ? " pid=" + c.pid() : "")
                    + (c.tid() >= 0 ? " tid=" + c.tid() : "")
                    + (c.address().isPresent() ? " addr=" + hex(c.address().getAsLong()) : "")
                    + c.name().map(n -> " name=" + n).orElse("");
        }
        if (e instanceof Element.Caption c) {
            return "caption " + lines + " " + c.text();
        }
        if (e instanceof Element.HeldLock l) {
            return "lock " + lines + " " + (l.lock().exclusive() ? "exclusive " : "shared ")
                    + l.lock().lockClass().orElse("?") + " " + l.lock().name().orElse("?") + " at "
                    + hex(l.lock().address().orElse(0)) + " holder="
                    + l.holder().map(h -> "line " + h.line()).orElse("none");
        }
        if (e instanceof Element.WitnessLine w) {
            LockLine l = w.value();
            return "witness " + lines + " " + l.kind() + (l.ordinal() > 0 ? " #" + l.ordinal() : "")
                    + (l.pid() >= 0 ? " pid=" + l.pid() + " tid=" + l.tid() : "")
                    + (l.address().isPresent() ? " addr=" + hex(l.address().getAsLong()) : "")
                    + l.name().map(n -> " name=" + n).orElse("");
        }
        if (e instanceof Element.ProcRow r) {
            PsTable.Row row = r.row();
            return "row " + lines + " " + r.table() + " pid=" + r.pid() + (row.tid() >= 0 ? " tid=" + row.tid() : "")
                    + (row.current() ? " current" : "") + (row.threaded() ? " threaded" : "") + " name=" + row.name()
                    + row.wmesg().map(w -> " wmesg=" + w).orElse("")
                    + (row.wchan().isPresent() ? " wchan=" + hex(row.wchan().getAsLong()) : "")
                    + (row.lwp().isPresent() ? " lwp=" + hex(row.lwp().getAsLong()) : "");
        }
        if (e instanceof Element.ProcHead h) {
            return "proc " + lines + (h.byTid() ? " tid=" : " pid=") + h.pid() + " name=" + h.name()
                    + (h.address().isPresent() ? " at " + hex(h.address().getAsLong()) : "")
                    + (h.map().isPresent() ? " map " + hex(h.map().getAsLong()) : "");
        }
        if (e instanceof Element.Registers rg) {
            return "registers " + lines + " " + rg.registers().size() + " ["
                    + rg.registers().stream().map(x -> x.name() + "=" + hex(x.value()) + x.symbol().map(y -> "<" + y + ">")
                            .orElse("")).collect(Collectors.joining(" ")) + "]";
        }
        if (e instanceof Element.Dump d) {
            return "x " + lines + " '" + d.command() + "' " + d.label() + ": " + d.text();
        }
        if (e instanceof Element.Counters c) {
            StringBuilder b = new StringBuilder("counters " + lines + " '" + c.command() + "'");
            for (int i = 0; i < c.names().size(); i++) {
                b.append(' ').append(c.names().get(i).value()).append('=').append(c.values().get(i));
            }
            return b.toString();
        }
        if (e instanceof Element.Raw raw) {
            return "raw " + lines + " '" + raw.command() + "'";
        }
        return e.toString();
    }

    private static String cpu(int cpu) {
        return cpu == Element.BEFORE_FIRST_PROMPT ? "before-prompt" : cpu == Element.NO_CPU ? "-" : "" + cpu;
    }

    private static String frame(FrameLine f) {
        if (f.kind() != FrameLine.Kind.CALL) {
            return f.kind() + " " + f.function() + (f.pc().isPresent() ? " pc=" + hex(f.pc().getAsLong()) : "");
        }
        return "CALL " + f.function() + "(" + String.join(",", f.arguments()) + (f.elided() ? ",..." : "") + ") at "
                + f.at().orElseThrow() + (f.frame().isPresent() ? " frame=" + hex(f.frame().getAsLong()) : "")
                + f.location().map(x -> " loc=" + x).orElse("");
    }
}
