package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.stream.Collectors;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;
import machlab.api.state.VmMap;
import machlab.api.transcript.DebuggerCommand;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;

/**
 * A plain-text summary of what the dialect read in a transcript: commands and console text, the
 * elements with their lines, the state, the diagnostics. The golden files under src/test/resources are
 * such summaries, each checked by hand against its transcript.
 */
final class Summary {

    private Summary() {
    }

    static String of(Transcript t, Reading r, KernelState s) {
        StringBuilder b = new StringBuilder();
        b.append("dialect ").append(t.dialect()).append(", ").append(t.lines()).append(" lines\n");
        for (DebuggerCommand c : t.commands()) {
            int last = c.firstOutputLine() + c.output().size() - 1;
            if (GnuMachDialect.isConsoleText(c)) {
                b.append("console ").append(c.line()).append('-').append(last).append('\n');
            } else {
                b.append("command ").append(c.line()).append(' ').append(c.prompt()).append(" '")
                        .append(c.command()).append("' output ")
                        .append(c.output().isEmpty() ? "none" : c.firstOutputLine() + "-" + last).append('\n');
            }
        }
        for (Element e : r.elements()) {
            b.append(element(e)).append('\n');
        }
        for (Task task : s.tasks()) {
            b.append("task ").append(task.index()).append(task.address().isPresent()
                    ? " at " + Long.toHexString(task.address().getAsLong()) : "")
                    .append(task.name().map(n -> " " + n).orElse("")).append(" from ").append(task.provenance())
                    .append('\n');
            for (KernelThread th : task.threads()) {
                b.append("  thread ").append(th.ddbName())
                        .append(th.address().isPresent() ? " at " + Long.toHexString(th.address().getAsLong()) : "")
                        .append(th.state().map(x -> " " + x).orElse(""))
                        .append(th.stack().map(st -> " stack " + frames(st)).orElse(""))
                        .append(" from ").append(th.provenance()).append('\n');
            }
        }
        for (VmMap m : s.maps()) {
            b.append("map $map").append(m.task().orElse(-1)).append(" at ").append(Long.toHexString(m.address()))
                    .append(m.lock().map(l -> " lock thread=" + Long.toHexString(l.thread()) + " read_count="
                            + l.readCount() + " want_upgrade=" + l.wantUpgrade() + " want_write=" + l.wantWrite()
                            + " waiting=" + l.waiting() + " can_sleep=" + l.canSleep() + " recursion_depth="
                            + l.recursionDepth() + " from " + l.provenance()).orElse(" no lock"))
                    .append('\n');
        }
        s.simpleLocks().forEach(l -> b.append("simple lock ").append(Long.toHexString(l.address())).append(" from ")
                .append(l.provenance()).append('\n'));
        for (Diagnostic d : t.diagnostics()) {
            b.append("diagnostic ").append(d.line()).append(' ').append(d.level()).append(": ").append(d.message())
                    .append('\n');
        }
        return b.toString();
    }

    private static String frames(List<StackFrame> st) {
        return st.size() + " [" + st.stream().map(StackFrame::toString).collect(Collectors.joining(" | ")) + "]";
    }

    private static String traceLine(TraceLine l) {
        if (l.kind() != TraceLine.Kind.CALL) {
            return l.kind() + " " + l.text();
        }
        return "CALL " + l.text()
                + (l.pc().isPresent() ? " pc=" + Long.toHexString(l.pc().getAsLong()) : "")
                + " args=" + l.arguments().map(a -> String.join(",", a)).orElse(l.argumentsElided() ? "[...]" : "...")
                + (l.offset().isPresent() ? " offset=" + Long.toHexString(l.offset().getAsLong()) : "")
                + l.location().map(x -> " at " + x).orElse("");
    }

    private static String element(Element e) {
        String lines = e.firstLine() == e.lastLine() ? "" + e.firstLine() : e.firstLine() + "-" + e.lastLine();
        if (e instanceof Element.Trace t) {
            long calls = t.lines().stream().filter(n -> n.value().kind() == TraceLine.Kind.CALL).count();
            String kinds = t.lines().stream().map(n -> n.value().kind().name()).distinct()
                    .collect(Collectors.joining(","));
            StringBuilder b = new StringBuilder("trace " + lines + " " + t.origin() + " calls=" + calls + " kinds="
                    + kinds + " thread=" + t.target().map(ThreadRef::toString).orElse("none") + " ("
                    + t.attribution() + ")");
            for (Numbered<TraceLine> n : t.lines()) {
                b.append("\n  ").append(n.line()).append(' ').append(traceLine(n.value()));
            }
            return b.toString();
        }
        if (e instanceof Element.Event ev) {
            return "event " + lines + " " + ev.kind();
        }
        if (e instanceof Element.Print p) {
            return "print " + lines + " " + p.expression() + " = "
                    + (p.value().isPresent() ? Long.toHexString(p.value().getAsLong()) : "not a number");
        }
        if (e instanceof Element.Dump d) {
            StringBuilder w = new StringBuilder();
            for (long x : d.words()) {
                w.append(' ').append(Long.toHexString(x));
            }
            return "dump " + lines + " " + d.expression() + " words" + w;
        }
        if (e instanceof Element.TextDump d) {
            StringBuilder b = new StringBuilder("text dump " + lines + " x/" + d.modifiers() + " " + d.expression()
                    + " " + d.kind());
            for (Numbered<TextDumpLine> n : d.lines()) {
                b.append("\n  ").append(n.line()).append(' ').append(n.value().label()).append(": ")
                        .append(n.value().text());
            }
            return b.toString();
        }
        if (e instanceof Element.SlockRow s) {
            return "slock " + lines + (s.mean() ? " sums" : "")
                    + (s.lock().isPresent() ? " lock " + Long.toHexString(s.lock().getAsLong()) : "")
                    + (s.caller().isPresent() ? " caller " + Long.toHexString(s.caller().getAsLong()) : "")
                    + s.symbol().map(x -> " symbol " + x).orElse("");
        }
        if (e instanceof Element.Caption c) {
            return "caption " + lines + " " + c.text();
        }
        if (e instanceof Element.DdbError d) {
            return "ddb error " + lines + " " + d.text();
        }
        if (e instanceof Element.TaskRow t) {
            return "task row " + lines + " " + t.index();
        }
        if (e instanceof Element.ThreadRow t) {
            return "thread row " + lines + " $task" + t.task() + "." + t.index();
        }
        return e.toString();
    }
}
