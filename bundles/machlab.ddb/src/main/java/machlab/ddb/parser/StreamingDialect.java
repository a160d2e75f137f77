package machlab.ddb.parser;

import java.io.Reader;

/**
 * A dialect that can hand out its block splitter, so a caller can read a transcript block by block
 * without keeping it ({@link TranscriptParser#stream}): a console log of gigabytes fits in a small heap.
 * Dialects built on this package implement it beside {@link machlab.api.transcript.TranscriptDialect}.
 */
public interface StreamingDialect {

    /** A splitter over {@code in} with this dialect's prompts and output shapes. */
    BlockSplitter splitter(Reader in);
}
