/** The {@code explore:} Gogo commands and the printing of their results. Private: nothing is exported. */
package machlab.explore.command;
