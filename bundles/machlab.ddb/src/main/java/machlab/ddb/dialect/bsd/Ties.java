package machlab.ddb.dialect.bsd;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose trace is whose: a trace belongs to a thread only when the transcript says so. FreeBSD's
 * {@code Tracing pid P tid T} names it; otherwise a trace printed on entry or by {@code trace} without an
 * argument is the current thread's on the CPU ddb runs on, which the transcript names by
 * {@code [thread pid P tid T]} (FreeBSD's kdb_trap), {@code Stopped in pid P.L} and {@code curlwp}
 * (NetBSD), or the {@code *}/{@code >} mark in a process table (OpenBSD, NetBSD). Two different names for
 * the same CPU leave its traces unattributed.
 */
final class Ties {

    /** A thread: process and thread number. */
    record ThreadId(int pid, int tid) {
        @Override
        public String toString() {
            return "pid " + pid + " tid " + tid;
        }
    }

    /** A trace's thread, or why none. */
    record Tie(Optional<ThreadId> thread, String why) {
    }

    private final Map<Integer, Set<ThreadId>> current = new HashMap<>();
    private final int firstCpu;

    Ties(List<Element> elements) {
        firstCpu = firstPromptCpu(elements);
        for (Element e : elements) {
            if (e instanceof Element.Event ev) {
                ConsoleLine c = ev.value();
                switch (c.kind()) {
                    case THREAD_BANNER, STOPPED_IN, CURLWP -> {
                        if (c.tid() >= 0) {
                            claim(ev.cpu(), new ThreadId(c.pid(), c.tid()));
                        }
                    }
                    default -> {
                    }
                }
            } else if (e instanceof Element.ProcRow r && r.row().current() && r.pid() >= 0 && r.row().tid() >= 0) {
                claim(r.cpu(), new ThreadId(r.pid(), r.row().tid()));
            }
        }
    }

    private static int firstPromptCpu(List<Element> elements) {
        return elements.stream().mapToInt(Ties::cpuOf).filter(c -> c != Element.BEFORE_FIRST_PROMPT).findFirst()
                .orElse(Element.NO_CPU);
    }

    private static int cpuOf(Element e) {
        if (e instanceof Element.Event ev) {
            return ev.cpu();
        }
        if (e instanceof Element.Trace t) {
            return t.cpu();
        }
        if (e instanceof Element.ProcRow r) {
            return r.cpu();
        }
        return Element.BEFORE_FIRST_PROMPT;
    }

    private int resolve(int cpu) {
        return cpu == Element.BEFORE_FIRST_PROMPT ? firstCpu : cpu;
    }

    private void claim(int cpu, ThreadId id) {
        current.computeIfAbsent(resolve(cpu), k -> new LinkedHashSet<>()).add(id);
    }

    Tie of(Element.Trace t) {
        if (t.header().isPresent()) {
            ConsoleLine h = t.header().get().value();
            return new Tie(Optional.of(new ThreadId(h.pid(), h.tid())), "Tracing pid/tid header");
        }
        if (t.origin() == Element.Trace.Origin.ARGUMENT_COMMAND) {
            return new Tie(Optional.empty(), "'" + t.command() + "' names its thread by an argument no line ties");
        }
        int cpu = resolve(t.cpu());
        Set<ThreadId> named = current.getOrDefault(cpu, Set.of());
        String on = cpu == Element.NO_CPU ? "" : " of cpu " + cpu;
        if (named.size() == 1) {
            return new Tie(Optional.of(named.iterator().next()), "current thread" + on);
        }
        return new Tie(Optional.empty(), named.isEmpty() ? "the transcript names no current thread" + on
                : "the transcript names " + named.size() + " current threads" + on);
    }
}
