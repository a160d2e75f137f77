package machlab.session.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import machlab.session.journal.Entry;

/**
 * What a session's journal adds up to: the commands in order, the transcripts read (the last time each
 * path was read), the booted machine last recorded, the last findings per source, the explorer runs.
 * Built by {@link #add}ing records in journal order.
 */
public final class SessionState {

    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry.Command> commands = new ArrayList<>();
    private final Map<String, Entry.StoredFile> transcripts = new LinkedHashMap<>();
    private final Map<String, Entry.Findings> findings = new LinkedHashMap<>();
    private final List<Entry.Checkpoint> checkpoints = new ArrayList<>();
    private Entry.LabState lab;

    /** Adds the next record. */
    public synchronized void add(Entry e) {
        entries.add(e);
        if (e instanceof Entry.Command c) {
            commands.add(c);
            if (c.transcripts() != null) {
                c.transcripts().forEach(t -> {
                    transcripts.remove(t.path());
                    transcripts.put(t.path(), t);
                });
            }
            if (c.findings() != null) {
                findings.remove(c.findings().source());
                findings.put(c.findings().source(), c.findings());
            }
            if (c.lab() != null) {
                lab = c.lab();
            }
        } else if (e instanceof Entry.Checkpoint c) {
            checkpoints.add(c);
        }
    }

    /** Every record after the header, in order. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<Entry.Command> commands() {
        return List.copyOf(commands);
    }

    /** The transcripts read, each path once, in the order they were last read. */
    public synchronized List<Entry.StoredFile> transcripts() {
        return List.copyOf(transcripts.values());
    }

    /** The last findings of each source, in the order they were last made. */
    public synchronized List<Entry.Findings> findings() {
        return List.copyOf(findings.values());
    }

    public synchronized List<Entry.Checkpoint> checkpoints() {
        return Collections.unmodifiableList(new ArrayList<>(checkpoints));
    }

    /** The booted machine last recorded. */
    public synchronized Optional<Entry.LabState> lab() {
        return Optional.ofNullable(lab);
    }
}
