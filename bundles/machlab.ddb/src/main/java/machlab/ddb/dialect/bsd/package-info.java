/**
 * What the FreeBSD, NetBSD and OpenBSD dialects share: line scanners for the shapes the BSD ddbs print
 * (frames, separators, banners, {@code ps} tables, WITNESS lock lines, registers), one reader of blocks
 * into elements, the ties of traces to threads, and the decoding into
 * {@link machlab.api.state.KernelState}. Every line ends up a prompt, blank, part of an element, or a
 * diagnostic: UNRECOGNIZED for text the dialect does not read (tables such as {@code show malloc} are
 * kept raw with one diagnostic at their first line), WARNING for a trace the state cannot hold.
 *
 * <p>Private to the bundle; the dialects are the DS components in {@code machlab.ddb.dialect.freebsd},
 * {@code .netbsd} and {@code .openbsd}.
 */
package machlab.ddb.dialect.bsd;
