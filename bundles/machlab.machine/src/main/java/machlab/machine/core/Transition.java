package machlab.machine.core;

/**
 * One step a scheduler can pick: thread {@code thread} runs to its next choice point, with
 * {@code choice} as the value of a pending {@link Cpu#choose} (0 when none is pending).
 */
public record Transition(int thread, int choice) {

    /** {@code thread} or {@code thread:choice}, the form scripted schedules use. */
    @Override
    public String toString() {
        return choice == 0 ? Integer.toString(thread) : thread + ":" + choice;
    }

    /**
     * Reads {@code thread} or {@code thread:choice}.
     *
     * @throws IllegalArgumentException naming the text
     */
    public static Transition parse(String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        try {
            return colon < 0 ? new Transition(Integer.parseInt(s), 0)
                    : new Transition(Integer.parseInt(s.substring(0, colon)), Integer.parseInt(s.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a step: write THREAD or THREAD:CHOICE");
        }
    }
}
