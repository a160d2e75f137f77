package machlab.ddb.dialect.netbsd;

import static machlab.ddb.dialect.bsd.Shapes.Shape.*;

import java.util.List;
import java.util.Map;
import machlab.api.transcript.TranscriptDialect;
import machlab.ddb.dialect.bsd.BsdDialect;
import machlab.ddb.dialect.bsd.Shapes;
import org.osgi.service.component.annotations.Component;

/**
 * NetBSD's ddb ({@code sys/ddb}): prompt {@code db>} or {@code db{N}>}, {@code Stopped in pid P.L (name)
 * at netbsd:sym+0x..}, the {@code trap type ... curlwp 0x... pid P.L} banner, frames
 * {@code func() at netbsd:func+0x..}, {@code --- syscall (number N) ---}, and the LWP table of {@code ps}
 * with {@code >} marking curlwp.
 */
@Component(service = TranscriptDialect.class, property = TranscriptDialect.NAME + "=" + NetBsdDialect.NAME)
public class NetBsdDialect extends BsdDialect {

    /** The dialect's name. */
    public static final String NAME = "netbsd";

    private static final Map<Shapes.Shape, Integer> WEIGHTS = Map.ofEntries(
            Map.entry(DB_PROMPT, 15), Map.entry(BSD_FRAME, 20), Map.entry(NETBSD_PREFIX, 40),
            Map.entry(STOPPED_IN, 50), Map.entry(CURLWP, 40), Map.entry(NETBSD_PS, 30), Map.entry(NUMBERED_SYSCALL, 10),
            Map.entry(DDB_PROMPT, -60), Map.entry(FRAME_SUFFIX, -40), Map.entry(TRACING_PID, -50), Map.entry(KDB, -50),
            Map.entry(THREAD_BANNER, -50), Map.entry(FREEBSD_PS, -50), Map.entry(OPENBSD_PS, -50),
            Map.entry(OPENBSD_NOTICE, -50), Map.entry(FREEBSD_SEPARATOR, -40), Map.entry(END_TRACE, -20));

    public NetBsdDialect() {
        super(NAME, List.of("db"), WEIGHTS);
    }
}
