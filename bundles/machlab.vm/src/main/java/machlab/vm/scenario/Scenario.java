package machlab.vm.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario as read from its text ({@code docs/scenarios.md}): what the machine holds when it boots.
 * Every part keeps the line it was declared on, so boot errors can name it.
 *
 * @param source the file or resource the text came from
 * @param name the scenario's name
 * @param summary one line saying what it exercises
 * @param memory physical frames, the pageout target and swap slots
 * @param tasks the tasks
 * @param ports the ports
 * @param objects objects with resident or swapped pages at boot
 * @param entries map entries present at boot
 * @param messages messages queued at boot
 * @param threads the threads and their programs
 * @param expect what the scenario is known to do, when its author says ({@code deadlock} or
 *        {@code no-deadlock}); tests hold the shipped scenarios to it
 */
public record Scenario(String source, String name, String summary, Memory memory, List<TaskSpec> tasks,
        List<PortSpec> ports, List<ObjectSpec> objects, List<EntrySpec> entries, List<MessageSpec> messages,
        List<ThreadSpec> threads, Optional<String> expect) {

    /**
     * {@code entry N start=PAGE pages=N object=NAME [offset=PAGE] [prot=r|rw|rwx|none] [wired=yes]}: a
     * mapping of task N's map at boot (a wired one's resident pages are wired too).
     */
    public record EntrySpec(int line, int task, int start, int pages, String object, int offset, int protection,
            boolean wired) {
    }

    /**
     * {@code message PORT id=ID [ool=OBJECT:OFFSET:PAGES[,OBJECT:OFFSET:PAGES...]]}: a message queued at boot,
     * its out-of-line data (if any) a needs-copy ENTRY_LIST copy, as {@code vm_map_copyin(src_destroy)}
     * leaves it: one copy entry per range, in address order.
     */
    public record MessageSpec(int line, String port, int id, List<OolRange> ool) {

        public MessageSpec {
            ool = List.copyOf(ool);
        }
    }

    /** One entry of a message's out-of-line copy: pages {@code [offset, offset+pages)} of an object. */
    public record OolRange(String object, int offset, int pages) {
    }

    /** {@code memory frames=N target=N swap=N}. */
    public record Memory(int line, int frames, int target, int swap) {
    }

    /**
     * {@code task N NAME [address=A] [map=A] [wiring=yes|no] [maplock=sleep|spin]}: {@code $taskN}.
     * {@code maplock=spin} initializes the map's lock with {@code can_sleep} FALSE ({@code lock_init(l,
     * FALSE)}): a thread that cannot take it spins instead of sleeping, SPIN's {@code CAN_SLEEP=0}; GNU
     * Mach's {@code vm_map_setup} says TRUE, the default.
     */
    public record TaskSpec(int line, int index, String name, long address, Optional<Long> map, boolean wiring,
            boolean mapLockSleeps) {

        /** A task whose map lock sleeps, as GNU Mach's. */
        public TaskSpec(int line, int index, String name, long address, Optional<Long> map, boolean wiring) {
            this(line, index, name, address, map, wiring, true);
        }
    }

    /** {@code port NAME receiver=N [address=A]}. */
    public record PortSpec(int line, String name, int receiver, long address) {
    }

    /** {@code object NAME pages=N [resident=i,j] [swapped=k]}: an internal object some task uses. */
    public record ObjectSpec(int line, String name, int pages, Set<Integer> resident, Set<Integer> swapped) {
    }

    /** {@code thread N.M NAME program=P [address=A] [privileged=yes] [key=value...]}: {@code $taskN.M}. */
    public record ThreadSpec(int line, int task, int index, String name, String program, long address,
            boolean privileged, Map<String, String> params) {
    }
}
