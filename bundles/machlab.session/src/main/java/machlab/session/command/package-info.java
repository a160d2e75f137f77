/**
 * The {@code session:} commands, the Gogo listener that journals every command while a session is open, the
 * restore on reopen and the explorer's checkpoint policy. Private: nothing is exported.
 */
package machlab.session.command;
