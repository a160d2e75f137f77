/**
 * The session journal on disk: JSON Lines, a header with the format version, then one record per line
 * with its CRC32, appended and forced to disk one at a time; the reader that finds and cuts a torn tail.
 * Private: the format is documented in {@code docs/sessions.md}, not exported as code.
 */
package machlab.session.journal;
