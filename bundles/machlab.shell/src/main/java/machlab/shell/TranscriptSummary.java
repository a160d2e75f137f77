package machlab.shell;

import java.util.List;
import machlab.api.state.KernelState;
import machlab.api.transcript.Diagnostic;
import machlab.api.transcript.Transcript;

/**
 * What {@code ddb:parse} reports: the dialect, the commands, what the transcript shows, and the
 * diagnostics with their line numbers.
 *
 * @param transcript the parsed transcript
 * @param state what it decodes to
 */
public record TranscriptSummary(Transcript transcript, KernelState state) implements Report {

    private static final int SHOWN = 20;

    @Override
    public String render() {
        long threads = state.tasks().stream().mapToLong(t -> t.threads().size()).sum();
        long traces = state.tasks().stream().flatMap(t -> t.threads().stream()).filter(t -> t.stack().isPresent())
                .count();
        long locks = state.maps().stream().filter(m -> m.lock().isPresent()).count();
        StringBuilder b = new StringBuilder();
        b.append(transcript.source()).append(": ").append(transcript.lines()).append(" lines, dialect ")
                .append(transcript.dialect()).append('\n');
        long commands = transcript.commands().stream().filter(c -> !c.command().isEmpty()).count();
        b.append(String.format("%d commands, %d tasks, %d threads, %d traces, %d map locks, %d simple locks%n",
                commands, state.tasks().size(), threads, traces, locks, state.simpleLocks().size()));
        transcript.commands().stream().filter(c -> !c.command().isEmpty()).forEach(c -> b.append(String.format(
                "  %5d  %s %s (%d lines of output)%n", c.line(), c.prompt(), c.command(), c.output().size())));
        // what the reader could not use matters more than prose it did not recognise: warnings first
        List<Diagnostic> d = transcript.diagnostics().stream()
                .sorted(java.util.Comparator.comparing((Diagnostic x) -> x.level() == Diagnostic.Level.UNRECOGNIZED)
                        .thenComparingInt(Diagnostic::line))
                .toList();
        long unrecognized = d.stream().filter(x -> x.level() == Diagnostic.Level.UNRECOGNIZED).count();
        b.append(d.size()).append(" diagnostics (").append(unrecognized).append(" lines not recognized, kept as raw"
                + " output)");
        d.stream().limit(SHOWN).forEach(x -> b.append("\n  ").append(x.source()).append(':').append(x.line())
                .append(": ").append(x.level() == Diagnostic.Level.UNRECOGNIZED ? "" : x.level().name().toLowerCase()
                        + ": ").append(x.message()));
        if (d.size() > SHOWN) {
            b.append("\n  ... ").append(d.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
