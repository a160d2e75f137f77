package machlab.ddb.frontend;

import machlab.ddb.command.ParsedCommand;

/** A ddb command function ({@code db_command_fun_t}): runs one parsed command against the front end. */
@FunctionalInterface
interface CommandHandler {

    /**
     * Runs {@code command}.
     *
     * @throws machlab.ddb.command.DdbAbort when ddb would {@code db_error} back to the prompt
     */
    void run(ParsedCommand command, DdbContext ddb);
}
