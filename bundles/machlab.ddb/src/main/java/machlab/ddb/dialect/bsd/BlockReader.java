package machlab.ddb.dialect.bsd;

import machlab.ddb.parser.Block;

/**
 * Reads the blocks of one transcript in order. It remembers the last command, since an empty line at the
 * prompt repeats it ({@code db_command_loop}: {@code db> } after {@code s} single-steps again), and the
 * CPU ddb runs on, which the prompt shows on SMP kernels.
 */
final class BlockReader {

    private final Reading.Builder out;
    private String last = "";
    private boolean prompted;
    private int cpu = Element.BEFORE_FIRST_PROMPT;

    BlockReader(Reading.Builder out) {
        this.out = out;
    }

    void read(Block block) {
        if (block.isConsole()) {
            new OutputReader(out, CommandKind.OTHER, "", prompted ? cpu : Element.BEFORE_FIRST_PROMPT)
                    .read(block.lines());
            return;
        }
        prompted = true;
        out.accounted(block.promptLine().orElseThrow().number());
        cpu = block.prompt().orElseThrow().cpu().orElse(Element.NO_CPU);
        String command = block.command();
        if (command.isEmpty() && !last.isEmpty()) {
            command = last; // ddb repeats the last command
        } else if (!command.isEmpty()) {
            last = command;
        }
        new OutputReader(out, CommandKind.of(command), command, cpu).read(block.lines());
    }
}
