package machlab.ddb.dialect.freebsd;

import static machlab.ddb.dialect.bsd.Shapes.Shape.*;

import java.util.List;
import java.util.Map;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.dialect.bsd.BsdDialect;
import machlab.ddb.dialect.bsd.Shapes;
import org.osgi.service.component.annotations.Component;

/**
 * FreeBSD's ddb ({@code sys/ddb}, {@code sys/kern/subr_kdb.c}, {@code sys/kern/subr_witness.c}): prompt
 * {@code db>}, {@code KDB:} announcements, {@code [ thread pid N tid N ]}, {@code Tracing pid N tid N td},
 * frames with {@code /frame 0x...}, {@code --- trap 0xc, eip = ...} separators, {@code ps} with
 * {@code (threaded)} processes.
 */
@Component(service = TranscriptDialect.class, property = TranscriptDialect.NAME + "=" + FreeBsdDialect.NAME)
public class FreeBsdDialect extends BsdDialect {

    /** The dialect's name. */
    public static final String NAME = "freebsd";

    /** Shapes FreeBSD prints count for it; shapes only NetBSD, OpenBSD or GNU Mach print count against. */
    private static final Map<Shapes.Shape, Integer> WEIGHTS = Map.ofEntries(
            Map.entry(DB_PROMPT, 15), Map.entry(BSD_FRAME, 20), Map.entry(FRAME_SUFFIX, 25),
            Map.entry(TRACING_PID, 35), Map.entry(KDB, 35), Map.entry(THREAD_BANNER, 35), Map.entry(FREEBSD_PS, 25),
            Map.entry(FREEBSD_SEPARATOR, 25), Map.entry(WITNESS, 5),
            Map.entry(DDB_PROMPT, -60), Map.entry(NETBSD_PREFIX, -50), Map.entry(STOPPED_IN, -50),
            Map.entry(CURLWP, -50), Map.entry(END_TRACE, -40), Map.entry(OPENBSD_NOTICE, -50),
            Map.entry(OPENBSD_PS, -50), Map.entry(NETBSD_PS, -50), Map.entry(NUMBERED_SYSCALL, -30));

    public FreeBsdDialect() {
        super(NAME, List.of("db"), WEIGHTS);
    }
}
