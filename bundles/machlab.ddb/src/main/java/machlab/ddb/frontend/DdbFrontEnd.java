package machlab.ddb.frontend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import machlab.api.state.KernelState;
import machlab.ddb.command.CommandReader;
import machlab.ddb.command.CommandSpec;
import machlab.ddb.command.DdbAbort;
import machlab.ddb.command.Lexer;
import machlab.ddb.command.ParsedCommand;
import machlab.ddb.command.TokenKind;

/**
 * GNU Mach's kernel debugger, answering over a {@link KernelState}: give it a command line as typed after
 * the prompt, get back what x86_64 ddb (master 40166870) prints, byte for byte, TABs included.
 *
 * <p>The loop is {@code db_command_loop} / {@code db_command_list} of {@code ddb/db_command.c}: commands
 * separated by {@code ;} run in turn, each followed by {@code db_skip_to_eol} (which warns about leftover
 * input); an error ({@code db_error}) drops the rest of the line; before the next prompt ddb ends an
 * unfinished line, so every non-empty answer ends with a newline. State carries over between calls as it
 * does in ddb: dot, the remembered {@code x} and {@code print} formats, {@code $thread}, {@code $radix},
 * and the last command, which an empty line repeats.
 *
 * <p>Commands answered: {@code x}/{@code examine}, {@code xf}, {@code xb}, {@code print}, {@code set},
 * {@code trace}, {@code show all tasks}, {@code show all threads}, {@code show task}, {@code show thread},
 * {@code show map}, {@code show object}, {@code show page}, {@code help}. The rest of ddb's table is
 * recognised (so prefixes resolve as in ddb) and answered with a line saying it is not emulated.
 *
 * <p>Not thread-safe: one debugger, one user, as in the kernel.
 */
public final class DdbFrontEnd {

    /** {@code DB_LEX_LINE_SIZE - 1} ({@code ddb/db_lex.h}): the longest line {@code db_readline} accepts. */
    private static final int MAX_LINE = 255;
    private static final CommandHandler EXAMINE = new ExamineCommand();
    private static final Map<String, CommandHandler> HANDLERS = Map.ofEntries(
            Map.entry("print", new PrintCommand()),
            Map.entry("examine", EXAMINE),
            Map.entry("x", EXAMINE),
            Map.entry("xf", (cmd, ddb) -> ExamineCommand.examine(ddb, ddb.next, ddb.examineFormat,
                    ddb.examineCount)),
            // db_examine_backward: as far back from the last examine's start as that examine went forward
            Map.entry("xb", (cmd, ddb) -> ExamineCommand.examine(ddb,
                    ddb.examinePrevAddr - (ddb.next - ddb.examinePrevAddr), ddb.examineFormat, ddb.examineCount)),
            Map.entry("set", new SetCommand()),
            Map.entry("trace", new TraceCommand()),
            Map.entry("show all tasks", ShowCommands.ALL_TASKS),
            Map.entry("show all threads", ShowCommands.ALL_THREADS),
            Map.entry("show task", ShowCommands.TASK),
            Map.entry("show thread", ShowCommands.THREAD),
            Map.entry("show map", new MapPrinter()),
            Map.entry("show object", ObjectAndPageCommands.OBJECT),
            Map.entry("show page", ObjectAndPageCommands.PAGE));

    private final DdbContext ddb;
    private final CommandReader reader;
    /** {@code db_last_line}. */
    private String lastLine = "";

    /** A debugger over {@code state} and {@code memory}, with no symbols and no current thread. */
    public DdbFrontEnd(KernelState state, MemoryImage memory) {
        this(state, memory, FrontEndOptions.defaults());
    }

    /** A debugger over {@code state} and {@code memory} with {@code options}. */
    public DdbFrontEnd(KernelState state, MemoryImage memory, FrontEndOptions options) {
        this.ddb = new DdbContext(new KernelView(state), memory, options);
        this.reader = new CommandReader(text -> ddb.out().printf("%s", text));
    }

    /** A debugger over {@code state}, whose memory is the state's map lock images. */
    public static DdbFrontEnd of(KernelState state) {
        return new DdbFrontEnd(state, StateMemoryImage.of(state));
    }

    /**
     * The prompt ddb prints before reading a line: {@code db> }, or {@code dbt> } while a default thread
     * ({@code $thread}) is set ({@code db_command_loop}). This machine is uniprocessor: no {@code {cpu}}.
     */
    public String prompt() {
        return ddb.defaultThread.isPresent() ? "dbt> " : "db> ";
    }

    /**
     * Runs one input line.
     *
     * @param commandLine the line after the prompt, without its newline
     * @return what ddb prints in answer, up to (not including) the next prompt
     */
    public String execute(String commandLine) {
        Objects.requireNonNull(commandLine, "commandLine");
        DdbOutput out = ddb.startOutput();
        String line = history(typed(commandLine), out);
        // db_readline keeps the newline that ended the line (db_inputchar: *db_le++ = c)
        Lexer lexer = new Lexer(line + "\n", ddb.vars::radix, text -> out.printf("%s", text));
        try {
            do {
                command(lexer);
                lexer.skipToEndOfCommand();
            } while (lexer.next() == TokenKind.SEMI_COLON);
        } catch (DdbAbort abort) {
            finish(out, abort.text());
            return out.text();
        }
        finish(out, "");
        return out.text();
    }

    /** Prints what {@code db_error} prints, then ends the line as {@code db_command_loop} does before its prompt. */
    private static void finish(DdbOutput out, String errorText) {
        try {
            out.printf("%s", errorText);
            if (out.position() != 0) {
                out.printf("\n");
            }
        } catch (DdbAbort limitReached) {
            // the output limit was reached while finishing: the note is already there
        }
    }

    /**
     * What {@code db_readline} ({@code ddb/db_input.c}) keeps of typed text: printable ASCII only (other
     * characters are editing keys or ignored) and at most {@code DB_LEX_LINE_SIZE - 1} = 255 of them (the
     * console rings the bell for the rest). This also bounds how deep an expression can nest.
     */
    static String typed(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_LINE));
        for (int i = 0; i < text.length() && b.length() < MAX_LINE; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code db_read_line("!!")} ({@code ddb/db_lex.c}): a line starting with {@code !!} is replaced by the
     * last non-empty line, which ddb echoes; any other non-empty line becomes the last line.
     */
    private String history(String commandLine, DdbOutput out) {
        if (commandLine.startsWith("!!")) {
            out.printf("%s", lastLine + "\n");
            return lastLine;
        }
        if (!commandLine.isEmpty()) {
            lastLine = commandLine;
        }
        return commandLine;
    }

    /** {@code db_command}: one command, up to a {@code ;} or the end of the line. */
    private void command(Lexer lexer) {
        CommandReader.Outcome outcome = reader.read(lexer, ddb.expressions(), ddb, ddb.lastCommand);
        if (outcome instanceof CommandReader.ListCommands list) {
            listCommands(list.table());
        } else if (outcome instanceof CommandReader.Run run) {
            ParsedCommand cmd = run.command();
            ddb.lastCommand = Optional.of(cmd.command());
            handler(cmd.command()).run(cmd, ddb);
            if (cmd.command().setsDot()) {
                // db_ed_style is TRUE: dot moves to the last line shown
                ddb.dot = ddb.prev;
            } else {
                ddb.next = ddb.dot;
            }
        }
    }

    private static CommandHandler handler(CommandSpec spec) {
        CommandHandler h = HANDLERS.get(spec.fullName());
        return h != null ? h : (cmd, ddb) -> ddb.out().printf("machlab: \"%s\" is not emulated\n", spec.fullName());
    }

    /** {@code db_cmd_list}: each name in 12 columns, a new line when the line is full. */
    private void listCommands(List<CommandSpec> table) {
        for (CommandSpec c : table) {
            ddb.out().printf("%-12s", c.name());
            ddb.out().endLine();
        }
    }
}
