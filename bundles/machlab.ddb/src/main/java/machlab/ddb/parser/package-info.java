/**
 * The dialect-independent half of the transcript parser: reading a transcript line by line
 * ({@link machlab.ddb.parser.LineSource}: numbering, {@link machlab.ddb.parser.MailQuoting mail quoting},
 * {@link machlab.ddb.parser.ConsoleJunk console junk}), finding prompts
 * ({@link machlab.ddb.parser.PromptScanner}), splitting the stream into commands and console text
 * ({@link machlab.ddb.parser.BlockSplitter}, which asks the dialect's
 * {@link machlab.ddb.parser.OutputShape} where a command's output ends), and the facade that picks a
 * dialect by detection ({@link machlab.ddb.parser.TranscriptParser}).
 *
 * <p>Streaming: the splitter holds one block (a command and its output) at a time; only the
 * {@link machlab.api.transcript.Transcript} the API asks for keeps every command.
 * {@link machlab.ddb.parser.TranscriptParser#stream} hands blocks to a consumer instead, for dialects that
 * are {@link machlab.ddb.parser.StreamingDialect}s (all of this bundle's), so a console log of any size
 * is read in a heap of one block. No regular
 * expressions: every line passes through hand-written, linear scanners.
 *
 * <p>Exported for the shell ({@code ddb:parse}, {@code ddb:state}); not baselined yet (0.x: may change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package machlab.ddb.parser;
