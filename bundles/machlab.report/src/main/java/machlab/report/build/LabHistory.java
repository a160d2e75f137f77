package machlab.report.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import machlab.api.analysis.LockEvent;
import machlab.api.state.KernelState;
import machlab.machine.core.Events;
import machlab.machine.core.Machine;
import machlab.machine.core.ThreadInfo;
import machlab.machine.core.Threads;
import machlab.machine.core.Transition;
import machlab.report.model.SourceLine;
import machlab.report.model.Timeline;
import machlab.report.model.Timeline.Kind;
import machlab.report.model.Timeline.Span;
import machlab.vm.lab.Lab;
import machlab.vm.scenario.ScenarioException;

/**
 * What happened on the booted machine, step by step: the timeline of lock holds and waits per thread,
 * and the schedule in words, one line per step.
 *
 * <p>Holds come from the lab's lock-event trace ({@code kern/lock.c} operations on map locks, recorded by
 * {@link Lab#step}). Waits come from replaying the schedule on a fresh boot of the same scenario and
 * patch and reading every thread's wait event after each step: the trace records lock operations only,
 * and a thread also sleeps on pages, replies and requests. The machine is deterministic given the
 * schedule (choices included), so the replay takes the same steps; it is checked against the trace and
 * the page says so if it ever differs. Simplification: a lock held at boot (before any recorded
 * acquire) shows no hold, since the trace does not name its holder.
 */
public final class LabHistory {

    /**
     * What the history shows.
     *
     * @param timeline holds and waits per thread, one column per step
     * @param steps one line per step, then one for the state at the end
     */
    public record Result(Timeline timeline, List<SourceLine> steps) {
    }

    private final Lab lab;
    private final KernelState end;
    private final List<Transition> history;
    private final Map<Integer, List<Span>> spans = new LinkedHashMap<>();
    private final Map<Integer, List<String>> happened = new LinkedHashMap<>();

    private LabHistory(Lab lab) {
        this.lab = lab;
        this.end = lab.state();
        this.history = lab.history();
    }

    /** The history of {@code lab} since boot. */
    public static Result of(Lab lab) throws ScenarioException {
        return new LabHistory(lab).read();
    }

    private Result read() throws ScenarioException {
        Machine m = lab.machine();
        for (int t = 0; t < m.threads().count(); t++) {
            spans.put(t, new ArrayList<>());
        }
        holds(m);
        String replayed = waits(lab.reboot());
        List<Timeline.Row> rows = new ArrayList<>();
        for (int t = 0; t < m.threads().count(); t++) {
            List<Span> s = spans.get(t).stream().filter(x -> x.to() > x.from()).toList();
            rows.add(new Timeline.Row(ddbName(m, t), name(m, t), s));
        }
        String caption = history.size() + " steps of " + lab.scenario().name() + ", one column per step"
                + replayed;
        return new Result(new Timeline(Math.max(1, history.size()), false, caption, rows), steps(m));
    }

    /** Lock holds from the trace: acquire to lock_done, counting recursive read holds. */
    private void holds(Machine m) {
        record Open(Kind kind, int from, int depth, String how) {
        }
        Map<String, Open> open = new LinkedHashMap<>();
        Map<Long, Integer> byAddress = new LinkedHashMap<>();
        for (int t = 0; t < m.threads().count(); t++) {
            byAddress.put(m.threadInfo().get(t).address(), t);
        }
        lab.trace().replay(e -> {
            Integer t = byAddress.get(e.thread());
            if (t == null) {
                return;
            }
            int step = (int) e.step();
            String lock = lockName(e.lock());
            happened.computeIfAbsent(step, k -> new ArrayList<>()).add(words(e.op(), lock));
            String key = t + "/" + e.lock();
            Open o = open.get(key);
            switch (e.op()) {
                case ACQUIRE_READ, ACQUIRE_WRITE -> {
                    Kind k = e.op() == LockEvent.Op.ACQUIRE_READ ? Kind.HOLD_READ : Kind.HOLD_WRITE;
                    String how = (k == Kind.HOLD_READ ? " for read" : " for write") + " at step " + step + via(e);
                    open.put(key, o == null ? new Open(k, step, 1, how) : new Open(o.kind(), o.from(),
                            o.depth() + 1, o.how()));
                }
                case RELEASE -> {
                    if (o != null && o.depth() > 1) {
                        open.put(key, new Open(o.kind(), o.from(), o.depth() - 1, o.how()));
                    } else if (o != null) {
                        open.remove(key);
                        spans.get(t).add(hold(o.kind(), lock, o.from(), step + 1, false, o.how(),
                                "released at step " + step));
                    }
                }
                case UPGRADE, DOWNGRADE -> {
                    if (o != null) {
                        spans.get(t).add(hold(o.kind(), lock, o.from(), step, false, o.how(),
                                (e.op() == LockEvent.Op.UPGRADE ? "upgraded" : "downgraded") + " at step " + step));
                    }
                    Kind k = e.op() == LockEvent.Op.UPGRADE ? Kind.HOLD_WRITE : Kind.HOLD_READ;
                    // keep where the hold began: a write hold taken in vm_map_copyout and downgraded later
                    String how = (o == null ? "" : o.how())
                            + (e.op() == LockEvent.Op.UPGRADE ? ", upgraded" : ", downgraded") + " at step " + step
                            + via(e);
                    open.put(key, new Open(k, step, o == null ? 1 : o.depth(), how));
                }
                case BLOCK -> {
                    // the sleep itself shows as a wait, read from the replay
                }
            }
        });
        int end = history.size();
        open.forEach((key, o) -> {
            int t = Integer.parseInt(key.substring(0, key.indexOf('/')));
            long lock = Long.parseLong(key.substring(key.indexOf('/') + 1));
            spans.get(t).add(hold(o.kind(), lockName(lock), o.from(), end, true, o.how(), "still held at the end"));
        });
    }

    private static Span hold(Kind kind, String lock, int from, int to, boolean open, String how, String until) {
        return new Span(kind, lock, from, to, open, "holds " + lock + (kind == Kind.HOLD_READ ? " for read" : " for write")
                + " from step " + from + " (taken" + how + "); " + until);
    }

    /** {@code  in vm_map_copyout}: the caller of the lock routine, from the event's stack. */
    private static String via(LockEvent e) {
        return e.stack().stream().filter(f -> !f.startsWith("lock_") && !f.equals("vm_map_lock")
                && !f.equals("vm_map_lock_read")).findFirst().map(f -> " in " + f).orElse("");
    }

    /**
     * Waits from a replay of the schedule: after each step, every thread's wait event.
     *
     * @return a note for the caption when the replay did not match the trace, else empty
     */
    private String waits(Lab replay) {
        Machine m = replay.machine();
        int n = m.threads().count();
        int[] event = new int[n];
        int[] since = new int[n];
        for (int t = 0; t < n; t++) {
            event[t] = waiting(m, t);
        }
        for (int i = 0; i < history.size(); i++) {
            try {
                replay.step(history.get(i));
            } catch (RuntimeException ex) {
                return " (the replay stopped at step " + i + ": " + ex.getMessage() + "; waits after it are not shown)";
            }
            for (int t = 0; t < n; t++) {
                int e = waiting(m, t);
                if (e == event[t]) {
                    continue;
                }
                if (event[t] != Events.NONE) {
                    spans.get(t).add(wait(m, event[t], since[t], i + 1, false, "woken at step " + i));
                    happened.computeIfAbsent(i, k -> new ArrayList<>()).add(ddbName(m, t) + " wakes");
                }
                if (e != Events.NONE) {
                    since[t] = i;
                    happened.computeIfAbsent(i, k -> new ArrayList<>()).add(ddbName(m, t)
                            + (m.events().kind(e).idle() ? " waits for work on " : " sleeps on ") + target(m, e));
                }
                event[t] = e;
            }
        }
        for (int t = 0; t < n; t++) {
            if (event[t] != Events.NONE) {
                spans.get(t).add(wait(m, event[t], since[t], history.size(), true, "still asleep at the end"));
            }
        }
        return replay.trace().size() == lab.trace().size() ? ""
                : " (the replay recorded " + replay.trace().size() + " lock events, the run " + lab.trace().size()
                        + ": waits may be misplaced)";
    }

    private Span wait(Machine m, int e, int from, int to, boolean open, String until) {
        boolean idle = m.events().kind(e).idle();
        String target = target(m, e);
        return new Span(idle ? Kind.IDLE : Kind.WAIT, target, from, to, open,
                (idle ? "waits for work on " : "sleeps on ") + target + " from step " + from + "; " + until);
    }

    /** The thread's wait event when it sleeps, else none. */
    private static int waiting(Machine m, int t) {
        return (m.threads().state(t) & Threads.TH_WAIT) != 0 ? m.threads().waitEvent(t) : Events.NONE;
    }

    /** What event {@code e} stands for, named as ddb and the analyzers name it. */
    private String target(Machine m, int e) {
        long address = m.events().address(e);
        return switch (m.events().kind(e).name()) {
            case "lock" -> lockName(address) + "'s lock";
            case "page" -> "page " + GraphViews.hex(address);
            case "port" -> "port " + GraphViews.hex(address) + " (a request)";
            case "reply_port" -> "port " + GraphViews.hex(address) + " (a reply)";
            default -> m.events().kind(e).name() + " " + GraphViews.hex(address);
        };
    }

    /** {@code $mapN} for a map's lock, else the lock's address. */
    private String lockName(long address) {
        return end.mapAt(address).flatMap(map -> map.task().isPresent()
                ? java.util.Optional.of("$map" + map.task().getAsInt()) : java.util.Optional.empty())
                .orElse("lock " + GraphViews.hex(address));
    }

    private static String words(LockEvent.Op op, String lock) {
        return switch (op) {
            case ACQUIRE_READ -> "lock_read " + lock;
            case ACQUIRE_WRITE -> "lock_write " + lock;
            case RELEASE -> "lock_done " + lock;
            case DOWNGRADE -> "lock_write_to_read " + lock;
            case UPGRADE -> "lock_read_to_write " + lock;
            case BLOCK -> "blocks on " + lock;
        };
    }

    private List<SourceLine> steps(Machine m) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Transition tr = history.get(i);
            String who = tr.thread() >= 0 && tr.thread() < m.threads().count()
                    ? ddbName(m, tr.thread()) + " " + m.threadInfo().get(tr.thread()).name() : "?";
            List<String> what = happened.getOrDefault(i, List.of());
            lines.add(new SourceLine(i, "[" + tr + "] " + who + (what.isEmpty() ? "" : ": " + String.join("; ", what))));
        }
        lines.add(new SourceLine(history.size(), "the state after " + history.size() + " steps, which the analyzers read: "
                + lab.status() + lab.violation().map(v -> " (" + v + ")").orElse("")));
        return lines;
    }

    static String ddbName(Machine m, int t) {
        ThreadInfo info = m.threadInfo().get(t);
        return "$task" + m.tasks().get(info.task()).ddbIndex() + "." + info.indexInTask();
    }

    private static String name(Machine m, int t) {
        ThreadInfo info = m.threadInfo().get(t);
        String task = m.tasks().get(info.task()).name();
        return task.equals(info.name()) ? info.name() : info.name() + " (" + task + ")";
    }
}
