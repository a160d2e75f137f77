package machlab.locks.registry;

/**
 * What one analyzer run may take.
 *
 * @param timeoutMillis its time, from its start
 * @param maxFindings the most findings it may return
 * @param outputBytes the most it may print to {@code System.out} and {@code System.err} together
 */
record Limits(long timeoutMillis, int maxFindings, int outputBytes) {
}
