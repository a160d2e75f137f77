package machlab.explore.search;

import machlab.machine.core.Machine;

/** The machine's threads in words, for what a counterexample ends in. */
final class Words {

    private Words() {
    }

    static String threads(Machine m) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < m.threads().count(); t++) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append("thread ").append(t).append(' ').append(m.threadInfo().get(t).name()).append(": ")
                    .append(m.describe(t));
        }
        return b.toString();
    }
}
