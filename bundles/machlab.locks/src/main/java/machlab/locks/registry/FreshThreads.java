package machlab.locks.registry;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Runs each task on a new daemon thread, never a pooled one. A third-party analyzer may leave values in
 * thread-locals (its own, or the framework's class-loading ones for its bundle); on a pooled thread they
 * would outlive the run and pin the class loader of a bundle long uninstalled. A thread costs tens of
 * microseconds; an analysis, milliseconds.
 */
final class FreshThreads {

    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private volatile boolean shutDown;

    /** Starts {@code task} on a new daemon thread named {@code name}. */
    <T> Future<T> submit(String name, Callable<T> task) {
        if (shutDown) {
            throw new IllegalStateException("the analyzer registry has been deactivated");
        }
        FutureTask<T> future = new FutureTask<>(task);
        // daemon: an analyzer that ignores interrupts must not keep the JVM from exiting
        Thread t = new Thread(() -> {
            try {
                future.run();
            } finally {
                live.remove(Thread.currentThread());
            }
        }, name);
        t.setDaemon(true);
        live.add(t);
        t.start();
        return future;
    }

    /** Interrupts every thread still running a task; later submits fail. */
    void shutdownNow() {
        shutDown = true;
        live.forEach(Thread::interrupt);
    }

    /** Threads still inside a task. */
    int live() {
        return live.size();
    }
}
