package machlab.machine.core;

/**
 * What does not change about a thread: its name and the address ddb shows for it.
 *
 * @param name the thread's name ({@code default_pager}), or the task's name when it has none
 * @param address the {@code thread_t} address
 * @param task the index of its task
 * @param indexInTask its position in the task's thread list ({@code M} of {@code $taskN.M})
 */
public record ThreadInfo(String name, long address, int task, int indexInTask) {
}
