package machlab.ddb.dialect.bsd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import machlab.api.state.KernelState;
import machlab.api.state.KernelThread;
import machlab.api.state.LockHold;
import machlab.api.state.LockOrderReversal;
import machlab.api.state.Provenance;
import machlab.api.state.SimpleLock;
import machlab.api.state.StackFrame;
import machlab.api.state.Task;

/**
 * Decodes a BSD reading into {@link KernelState}. BSD ddb names processes and threads by number, so a
 * {@link Task}'s index is the pid and a {@link KernelThread}'s index the tid (FreeBSD, OpenBSD) or lid
 * (NetBSD). What is shown is kept: names, thread addresses ({@code td}, {@code struct lwp *}), FreeBSD's
 * wait channel as the wait event, a process's address and map from {@code show proc}, traces tied to a
 * thread ({@link Ties}), and each lock {@code show all locks} lists under a thread as a {@link SimpleLock}
 * with that thread as holder; the same locks in full as {@link LockHold}s (class, mode, recursion, where
 * taken, the stack under it), and WITNESS's lock order reversals ({@link Witness}). The thread state letters ({@code R}, {@code D}, {@code 3}) and wait
 * messages have no place in the API (its {@code ThreadState} is GNU Mach's flags) and stay absent.
 */
final class StateBuilder {

    private final String source;
    private final Map<Integer, TaskFacts> tasks = new LinkedHashMap<>();
    private final List<SimpleLock> locks = new ArrayList<>();
    private final List<LockHold> holds = new ArrayList<>();
    private final List<LockOrderReversal> reversals = new ArrayList<>();
    private final List<Element.ProcRow> threadsWithoutProcess = new ArrayList<>();

    StateBuilder(String source) {
        this.source = source;
    }

    KernelState build(Reading reading) {
        Ties ties = new Ties(reading.elements());
        List<Element> elements = reading.elements();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e instanceof Element.ProcRow r) {
                row(r);
            } else if (e instanceof Element.Event ev) {
                event(ev);
            } else if (e instanceof Element.WitnessLine w && w.value().kind() == LockLine.Kind.HOLDER) {
                LockLine h = w.value();
                task(h.pid(), w.line()).name(h.name());
                task(h.pid(), w.line()).thread(h.tid(), w.line()).address(h.address());
            } else if (e instanceof Element.HeldLock l && l.holder().isPresent()) {
                locks.add(new SimpleLock(l.lock().address().orElseThrow(), l.lock().name(),
                        l.holder().get().value().address(), Provenance.line(source, l.line())));
            }
            if (e instanceof Element.HeldLock l) {
                holds.add(Witness.hold(l, stackUnder(l, elements, i), source));
            } else if (e instanceof Element.LockOrderReversal r) {
                reversals.add(Witness.reversal(r, source));
            }
        }
        for (Element e : reading.elements()) {
            if (e instanceof Element.ProcHead h) {
                procHead(h);
            }
        }
        for (Element.ProcRow r : threadsWithoutProcess) {
            tasks.values().stream().filter(t -> t.threads.containsKey(r.row().tid())).findFirst()
                    .ifPresent(t -> t.threads.get(r.row().tid()).address(r.row().lwp()));
        }
        // traces last: a thread is first shown by the line that names it, not by a trace tied to it
        for (Element e : reading.elements()) {
            if (e instanceof Element.Trace t) {
                Ties.Tie tie = ties.of(t);
                if (tie.thread().isPresent()) {
                    Ties.ThreadId id = tie.thread().get();
                    ThreadFacts th = task(id.pid(), t.firstLine()).thread(id.tid(), t.firstLine());
                    th.stack = Optional.of(Frames.of(t.lines(), source)); // a later trace replaces an earlier one
                    t.header().ifPresent(h -> {
                        th.address(h.value().address());
                        task(id.pid(), t.firstLine()).name(h.value().name()); // "Tracing command NAME pid ..."
                    });
                }
            }
        }
        List<Task> out = new ArrayList<>();
        tasks.values().forEach(t -> out.add(t.build()));
        return new KernelState(source, out, List.of(), List.of(), List.of(), List.of(), locks, holds, reversals);
    }

    /** The WITNESS stack printed on the lines right under a held lock: where it was taken. */
    private static Optional<Element.WitnessStack> stackUnder(Element.HeldLock l, List<Element> elements, int i) {
        if (i + 1 < elements.size() && elements.get(i + 1) instanceof Element.WitnessStack s
                && s.firstLine() == l.line() + 1) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    /** After the tables: OpenBSD's head names a tid, whose process only a table or banner tells. */
    private void procHead(Element.ProcHead h) {
        Optional<TaskFacts> owner = h.byTid()
                ? tasks.values().stream().filter(t -> t.threads.containsKey(h.pid())).findFirst()
                : Optional.of(task(h.pid(), h.first()));
        if (owner.isEmpty()) {
            return; // a thread no line places in a process: the state has nowhere to put it
        }
        TaskFacts t = owner.get();
        t.name(Optional.of(h.name()));
        t.address = h.address().isPresent() ? h.address() : t.address;
        t.map = h.map().isPresent() ? h.map() : t.map;
    }

    private void row(Element.ProcRow r) {
        PsTable.Row row = r.row();
        if (r.pid() < 0) {
            threadsWithoutProcess.add(r); // show threads: placed once the tables have named the thread's process
            return;
        }
        TaskFacts t = task(r.pid(), r.line());
        if (row.tid() < 0) {
            // a FreeBSD process row: the process's name; its wait channel is its only thread's
            t.name(Optional.of(row.name()));
            if (!row.threaded()) {
                t.soleThreadWchan = row.wchan();
            }
            return;
        }
        boolean openbsd = r.table() == PsTable.OPENBSD || r.table() == PsTable.OPENBSD_ENTRY;
        if (openbsd) {
            t.name(Optional.of(row.name())); // OpenBSD prints the process's command on each thread's row
        }
        ThreadFacts th = t.thread(row.tid(), r.line());
        if (!openbsd) {
            th.name = th.name.or(() -> Optional.of(row.name())); // FreeBSD's td_name, NetBSD's LWP name
        }
        th.address(row.lwp());
        if (row.wchan().isPresent()) {
            th.waitEvent = row.wchan();
        }
    }

    private void event(Element.Event ev) {
        ConsoleLine c = ev.value();
        if (c.pid() < 0 || c.tid() < 0) {
            return;
        }
        switch (c.kind()) {
            case THREAD_BANNER, STOPPED_IN, CURLWP, TRACING -> {
                TaskFacts t = task(c.pid(), ev.line());
                t.name(c.name());
                t.thread(c.tid(), ev.line()).address(c.address());
            }
            default -> {
            }
        }
    }

    private TaskFacts task(int pid, int line) {
        return tasks.computeIfAbsent(pid, p -> new TaskFacts(p, line));
    }

    private final class TaskFacts {
        final int pid;
        final int line;
        Optional<String> name = Optional.empty();
        OptionalLong address = OptionalLong.empty();
        OptionalLong map = OptionalLong.empty();
        OptionalLong soleThreadWchan = OptionalLong.empty();
        final Map<Integer, ThreadFacts> threads = new LinkedHashMap<>();

        TaskFacts(int pid, int line) {
            this.pid = pid;
            this.line = line;
        }

        void name(Optional<String> n) {
            if (name.isEmpty()) {
                name = n;
            }
        }

        ThreadFacts thread(int tid, int at) {
            return threads.computeIfAbsent(tid, x -> new ThreadFacts(tid, at));
        }

        Task build() {
            if (threads.size() == 1 && soleThreadWchan.isPresent()) {
                ThreadFacts only = threads.values().iterator().next();
                only.waitEvent = only.waitEvent.isPresent() ? only.waitEvent : soleThreadWchan;
            }
            List<KernelThread> built = new ArrayList<>();
            threads.values().forEach(th -> built.add(th.build(pid)));
            return new Task(pid, address, name, map, built, Provenance.line(source, line));
        }
    }

    private final class ThreadFacts {
        final int tid;
        final int line;
        OptionalLong address = OptionalLong.empty();
        Optional<String> name = Optional.empty();
        OptionalLong waitEvent = OptionalLong.empty();
        Optional<List<StackFrame>> stack = Optional.empty();

        ThreadFacts(int tid, int line) {
            this.tid = tid;
            this.line = line;
        }

        void address(OptionalLong a) {
            if (address.isEmpty()) {
                address = a;
            }
        }

        KernelThread build(int pid) {
            return new KernelThread(pid, tid, address, name, Optional.empty(), waitEvent, Optional.empty(),
                    Optional.empty(), stack, Provenance.line(source, line));
        }
    }
}
