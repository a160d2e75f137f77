package machlab.machine.core;

/**
 * What does not change about a task.
 *
 * @param name its name ({@code mach-defpager})
 * @param address the {@code task_t} address
 * @param ddbIndex its position ({@code N} of {@code $taskN})
 */
public record TaskInfo(String name, long address, int ddbIndex) {
}
