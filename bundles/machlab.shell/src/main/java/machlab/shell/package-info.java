/** Gogo commands of the lab and the printing of their results. Private: nothing is exported. */
package machlab.shell;
