/**
 * The remote shell: an SSH server on 127.0.0.1 whose sessions are Gogo sessions of the running lab. Off
 * unless configured; only key or password logins. Private: nothing is exported.
 */
package machlab.ssh;
