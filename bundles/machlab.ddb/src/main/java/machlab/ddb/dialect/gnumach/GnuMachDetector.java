package machlab.ddb.dialect.gnumach;

import java.util.List;
import java.util.Optional;
import machlab.ddb.parser.MailQuoting;
import machlab.ddb.parser.PromptScanner;

/**
 * How sure the GNU Mach dialect is that a text is GNU Mach ddb output, from shapes only: GNU Mach's
 * prompts, its trace lines (no {@code " at "} between a frame and its offset, unlike the BSDs), its
 * {@code >>>>> ... <<<<<} markers and its console banners. Shapes only the BSDs print count against.
 */
final class GnuMachDetector {

    private static final int PROMPT = 40;
    private static final int TRACE_SHAPE = 15;
    private static final int MARKER = 20;
    private static final int BANNER = 15;
    private static final int BSD_SHAPE = 45;
    private static final int MAX_TRACE_LINES_COUNTED = 4;

    private final PromptScanner prompts;

    GnuMachDetector(PromptScanner prompts) {
        this.prompts = prompts;
    }

    int detect(List<String> head) {
        int score = 0;
        boolean prompt = false;
        int traceLines = 0;
        boolean marker = false;
        boolean banner = false;
        boolean bsd = false;
        for (String raw : head) {
            String line = MailQuoting.strip(raw).text();
            String t = line.strip();
            if (isBsd(t)) {
                bsd = true;
                continue;
            }
            prompt |= prompts.scan(line).isPresent();
            Optional<TraceLine> tl = TraceLine.parse(line);
            if (tl.isPresent()) {
                switch (tl.get().kind()) {
                    case CALL -> traceLines++;
                    case USER_SPACE, TRAP, INTERRUPT, BAD_FRAME, CONTINUATION -> marker = true;
                    default -> {
                    }
                }
            }
            banner |= ConsoleLine.classify(line).isPresent();
        }
        score += prompt ? PROMPT : 0;
        score += Math.min(traceLines, MAX_TRACE_LINES_COUNTED) * TRACE_SHAPE;
        score += marker ? MARKER : 0;
        score += banner ? BANNER : 0;
        score -= bsd ? BSD_SHAPE : 0;
        return Math.max(0, Math.min(100, score));
    }

    /** Lines only FreeBSD, NetBSD or OpenBSD ddb print. */
    private static boolean isBsd(String t) {
        if (t.startsWith("ddb>") || t.startsWith("ddb{") || t.startsWith("Tracing pid ") || t.startsWith("KDB: ")
                || t.startsWith("--- trap ") || t.startsWith("--- syscall") || t.startsWith("Stopped in pid ")
                || t.startsWith("end trace frame:")) {
            return true;
        }
        // "func(args) at func+0x14b": a BSD frame
        int close = t.indexOf(") at ");
        return close > 0 && t.indexOf('(') > 0 && t.indexOf('(') < close;
    }
}
