/** The openbsd ddb dialect, a DS component providing {@link machlab.api.transcript.TranscriptDialect}. */
package machlab.ddb.dialect.openbsd;
