/**
 * The GNU Mach ddb dialect ({@link machlab.ddb.dialect.gnumach.GnuMachDialect}), read from the sources of
 * GNU Mach master 40166870: {@code ddb/db_command.c} (prompt, repeat), {@code ddb/db_examine.c} ({@code x},
 * {@code print}), {@code ddb/db_print.c} (listings), {@code i386/i386/db_trace.c} (traces),
 * {@code kern/lock_mon.c} ({@code show all slocks}), {@code kern/debug.c} and {@code i386/i386/trap.c}
 * (panic, assertion and trap banners).
 *
 * <p>How it reads:
 * <ul>
 * <li>Each block (command or console text) becomes {@code Element}s; every line is a prompt, blank, part
 * of an element, or a {@link machlab.api.transcript.Diagnostic} (UNRECOGNIZED for words the dialect does
 * not know, WARNING for what it read but cannot put in the state).
 * <li>Console text (lines outside any command) is kept in the {@code Transcript} as a
 * {@link machlab.api.transcript.DebuggerCommand} with an empty prompt and command, since the API has no
 * other place for it and {@code decode} sees only the {@code Transcript}. {@code decode} reads the
 * commands again; the reading is deterministic, so it finds what {@code parse} found.
 * <li>A trace belongs to a thread only when the transcript says so: {@code trace/t $taskN.M} or
 * {@code trace/t <thread address>}; for a trace pasted without its prompt, the line just before it must
 * introduce it ("...stack trace is:") and name the thread ({@code CaptionAttribution}). Other traces stay
 * unattributed, with a WARNING, because {@code KernelState} has no place for a trace without a thread.
 * <li>A map's lock comes from {@code x} of {@code $mapN}; the words decide the layout ({@code LockImage}).
 * The map's address is printed only by {@code print $mapN} or {@code x/a}; otherwise the {@code VmMap}
 * gets {@code MapFacts.UNKNOWN_ADDRESS} (0), since {@code VmMap.address} cannot be absent.
 * </ul>
 *
 * <p>Private to the bundle (not exported); the dialect is a DS component providing
 * {@link machlab.api.transcript.TranscriptDialect}.
 */
package machlab.ddb.dialect.gnumach;
