/** The freebsd ddb dialect, a DS component providing {@link machlab.api.transcript.TranscriptDialect}. */
package machlab.ddb.dialect.freebsd;
