package machlab.ddb.dialect.openbsd;

import static machlab.ddb.dialect.bsd.Shapes.Shape.*;

import java.util.List;
import java.util.Map;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.dialect.bsd.BsdDialect;
import machlab.ddb.dialect.bsd.Shapes;
import org.osgi.service.component.annotations.Component;

/**
 * OpenBSD's ddb ({@code sys/ddb}, {@code sys/kern/subr_witness.c}): prompt {@code ddb>} or
 * {@code ddb{N}>}, the process table printed on entry, {@code end of kernel} / {@code end trace frame:},
 * the {@code openbsd.org/ddb.html} notice, {@code ps} with {@code *} marking curproc, WITNESS reports.
 */
@Component(service = TranscriptDialect.class, property = TranscriptDialect.NAME + "=" + OpenBsdDialect.NAME)
public class OpenBsdDialect extends BsdDialect {

    /** The dialect's name. */
    public static final String NAME = "openbsd";

    private static final Map<Shapes.Shape, Integer> WEIGHTS = Map.ofEntries(
            Map.entry(DDB_PROMPT, 50), Map.entry(BSD_FRAME, 20), Map.entry(END_TRACE, 30),
            Map.entry(OPENBSD_NOTICE, 40), Map.entry(OPENBSD_PS, 30), Map.entry(WITNESS, 10),
            Map.entry(NUMBERED_SYSCALL, 10),
            Map.entry(STOPPED_IN, -50), Map.entry(NETBSD_PREFIX, -50), Map.entry(KDB, -50), Map.entry(TRACING_PID, -50),
            Map.entry(THREAD_BANNER, -50), Map.entry(FRAME_SUFFIX, -40), Map.entry(FREEBSD_PS, -50),
            Map.entry(NETBSD_PS, -50), Map.entry(FREEBSD_SEPARATOR, -40), Map.entry(CURLWP, -50));

    public OpenBsdDialect() {
        super(NAME, List.of("ddb"), WEIGHTS);
    }
}
