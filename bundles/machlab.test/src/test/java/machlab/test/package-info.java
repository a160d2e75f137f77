/** Integration tests run inside Felix by bnd-testing-maven-plugin. */
package machlab.test;
