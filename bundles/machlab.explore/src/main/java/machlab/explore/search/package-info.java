/** The search engines behind {@link machlab.explore.Explorer}. Private to the bundle. */
package machlab.explore.search;
