/** Sessions on disk: the directory of sessions, one open session, what its journal adds up to. Private. */
package machlab.session.store;
