/**
 * The ddb command language of GNU Mach (master 40166870): the lexer ({@code ddb/db_lex.c}), expressions
 * ({@code ddb/db_expr.c}), variable names ({@code ddb/db_variables.c}) and the command tables and standard
 * syntax {@code cmd[/modifiers] [addr] [,count]} ({@code ddb/db_command.c}). Errors carry ddb's own
 * messages, printed through a {@link machlab.ddb.command.Console} or carried by a
 * {@link machlab.ddb.command.DdbAbort}, the equivalent of {@code db_error}.
 *
 * <p>Nothing here knows kernel state: the front end supplies variables, symbols and memory through an
 * {@link machlab.ddb.command.ExpressionContext}.
 */
package machlab.ddb.command;
