package machlab.machine.ipc;

import machlab.machine.core.Events;
import machlab.machine.core.Layout;
import machlab.machine.core.Memory;
import machlab.machine.core.ModelAssertionError;
import machlab.machine.core.Region;

/**
 * Ports and their message queues ({@code struct ipc_port}, {@code ipc/ipc_port.h};
 * {@code ipc/ipc_mqueue.c}). A receiver waits on the port's event; a server waiting for requests waits
 * idly ({@link #requestEvent}), a client waiting for a reply does not ({@link #replyEvent}), so a machine
 * whose only waiters are idle servers is quiescent, not hung.
 */
public final class Ports {

    static final int RECEIVER = 0;
    static final int QLEN = 1;
    static final int QUEUE = 2;

    private final Region region;
    private final int queueMax;
    private final Events.Kind requestWait;
    private final Events.Kind replyWait;
    private final long[] addresses;
    private Memory mem;

    /** @param addresses the {@code ipc_port_t} address of each port */
    public Ports(Layout layout, Events events, long[] addresses, int queueMax) {
        this.addresses = addresses.clone();
        this.region = layout.reserve("ipc.ports", addresses.length, QUEUE + queueMax);
        this.queueMax = queueMax;
        this.requestWait = events.register("port", true, p -> this.addresses[p]);
        this.replyWait = events.register("reply_port", false, p -> this.addresses[p]);
    }

    public void bind(Memory memory) {
        this.mem = memory;
    }

    public long address(int port) {
        return addresses[port];
    }

    public int count() {
        return region.count();
    }

    /** Gives the receive right of {@code port} to {@code task}. */
    public void receiver(int port, int task) {
        mem.set(region.at(port, RECEIVER), task);
    }

    public int receiver(int port) {
        return mem.get(region.at(port, RECEIVER));
    }

    public int queued(int port) {
        return mem.get(region.at(port, QLEN));
    }

    /** The message at {@code i} in the queue (0 is the oldest). */
    public int message(int port, int i) {
        return mem.get(region.at(port, QUEUE + i));
    }

    /** {@code ipc_mqueue_send}'s enqueue; the caller wakes a receiver. */
    public void enqueue(int port, int kmsg) {
        int n = queued(port);
        if (n >= queueMax) {
            throw new ModelAssertionError("port " + port + ": queue beyond the model's " + queueMax + " messages");
        }
        mem.set(region.at(port, QUEUE + n), kmsg);
        mem.set(region.at(port, QLEN), n + 1);
    }

    /** Takes the oldest message, or returns -1 when the queue is empty. */
    public int dequeue(int port) {
        int n = queued(port);
        if (n == 0) {
            return -1;
        }
        int k = mem.get(region.at(port, QUEUE));
        for (int i = 1; i < n; i++) {
            mem.set(region.at(port, QUEUE + i - 1), mem.get(region.at(port, QUEUE + i)));
        }
        mem.set(region.at(port, QUEUE + n - 1), 0);
        mem.set(region.at(port, QLEN), n - 1);
        return k;
    }

    /** The event a server blocked in receive on {@code port} waits on (idle). */
    public int requestEvent(int port) {
        return Events.event(requestWait, port);
    }

    /** The event a client blocked for a reply on {@code port} waits on. */
    public int replyEvent(int port) {
        return Events.event(replyWait, port);
    }
}
